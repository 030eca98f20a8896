package org.mspsdk.instrument;

import java.util.List;
import java.util.Optional;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * The built-in instruments: "My Safeguarding Experience" Part 1 (asked at the start: how the person wants to
 * be involved and informed, who they want involved, what they want to happen) and Part 2 (asked at closure:
 * did they feel listened to, informed, safer, happy with how their concerns were dealt with; questions,
 * debrief, and whether they need help to recover). Each item has a wording for the adult and one for a
 * representative. The item wording is the SDK's own; the exact national MSP Outcomes Framework wording is not
 * confirmed, so councils with a local variant define their own {@link Instrument} and add it to an
 * {@link InstrumentCatalogue}.
 */
public final class Instruments {

    /** The agreement scale used by the Part 2 experience items. */
    public static final AnswerScale EXPERIENCE_SCALE = new AnswerScale("msx-experience", List.of(
            new AnswerOption("yes-completely", "Yes, completely"),
            new AnswerOption("yes-to-some-extent", "Yes, to some extent"),
            new AnswerOption("no", "No"),
            new AnswerOption("dont-know", "Don't know")));

    /** A yes / no / not sure scale. */
    public static final AnswerScale YES_NO_NOT_SURE = new AnswerScale("msx-yes-no-not-sure", List.of(
            new AnswerOption("yes", "Yes"),
            new AnswerOption("no", "No"),
            new AnswerOption("not-sure", "Not sure")));

    /** How the person wants to be kept informed. */
    public static final AnswerScale INFORMATION_PREFERENCE = new AnswerScale("msx-information-preference", List.of(
            new AnswerOption("face-to-face", "Face to face"),
            new AnswerOption("telephone", "By telephone"),
            new AnswerOption("letter", "By letter"),
            new AnswerOption("email", "By email"),
            new AnswerOption("through-representative", "Through someone I choose")));

    /** "My Safeguarding Experience" Part 1, asked at the start of the enquiry. */
    public static final Instrument MY_SAFEGUARDING_EXPERIENCE_PART_1 = new Instrument(
            "my-safeguarding-experience-part-1", "1.0", "My Safeguarding Experience - Part 1",
            RecordingStage.ENQUIRY_START, List.of(
                    free("involvement", "How would you like to be involved in what happens next?",
                            "How would the person like to be involved in what happens next?"),
                    scaled("informed", "How would you like to be kept informed?",
                            "How would the person like to be kept informed?", INFORMATION_PREFERENCE),
                    free("who-involved", "Who would you like to be involved?",
                            "Who would the person like to be involved?"),
                    free("what-to-happen", "What would you like to happen as a result of raising this concern?",
                            "What would the person like to happen as a result of this concern?")));

    /** "My Safeguarding Experience" Part 2, asked at closure (or within eight weeks of it). */
    public static final Instrument MY_SAFEGUARDING_EXPERIENCE_PART_2 = new Instrument(
            "my-safeguarding-experience-part-2", "1.0", "My Safeguarding Experience - Part 2",
            RecordingStage.AT_CLOSURE, List.of(
                    scaled("listened-to", "Did you feel listened to?",
                            "Do you feel the person was listened to?", EXPERIENCE_SCALE),
                    scaled("informed", "Did you feel you were kept informed?",
                            "Do you feel the person was kept informed?", EXPERIENCE_SCALE),
                    scaled("feel-safer", "Do you feel safer as a result of the help you received?",
                            "Do you feel the person is safer as a result of the help they received?",
                            EXPERIENCE_SCALE),
                    scaled("happy-with-handling", "Are you happy with how your concerns were dealt with?",
                            "Are you happy with how the concerns were dealt with?", EXPERIENCE_SCALE),
                    free("questions", "Is there anything you would like to ask us now?",
                            "Is there anything you would like to ask us now?"),
                    free("reflection", "Is there anything else you would like to tell us about how it went?",
                            "Is there anything else you would like to tell us about how it went?"),
                    scaled("help-to-recover", "Would you like any help to recover from what happened?",
                            "Would the person like any help to recover from what happened?", YES_NO_NOT_SURE)));

    /** The Part 2 items that carry the experience measures (each reported as a distribution of answers). */
    public static final List<String> PART_2_EXPERIENCE_ITEMS =
            List.of("listened-to", "informed", "feel-safer", "happy-with-handling");

    private Instruments() {
    }

    /** @return the built-in instruments */
    public static List<Instrument> builtIn() {
        return List.of(MY_SAFEGUARDING_EXPERIENCE_PART_1, MY_SAFEGUARDING_EXPERIENCE_PART_2);
    }

    private static InstrumentItem free(String linkId, String adult, String representative) {
        return new InstrumentItem(linkId, adult, representative, Optional.empty());
    }

    private static InstrumentItem scaled(String linkId, String adult, String representative, AnswerScale scale) {
        return new InstrumentItem(linkId, adult, representative, Optional.of(scale));
    }
}
