package org.mspsdk.vocabulary;

/**
 * When in the journey something was recorded (SDK-defined).
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum RecordingStage implements Code {
    /** At the point of concern ({@code point-of-concern}). */
    POINT_OF_CONCERN("point-of-concern", "At the point of concern"),
    /** At the start of the enquiry ({@code enquiry-start}). */
    ENQUIRY_START("enquiry-start", "At the start of the enquiry"),
    /** During the enquiry ({@code during-enquiry}). */
    DURING_ENQUIRY("during-enquiry", "During the enquiry"),
    /** At closure ({@code at-closure}). */
    AT_CLOSURE("at-closure", "At closure");

    /** The code list. */
    public static final CodeList<RecordingStage> LIST =
            CodeList.sdk("recording-stage", "Recording stage", values());

    private final CodeEntry entry;

    RecordingStage(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
