package org.mspsdk.dictionary;

import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeEntry;

/**
 * What the research export ({@link org.mspsdk.research.Deidentifier}) does with a field of the record model.
 *
 * <p>Codes are stable; labels are the SDK's own wording.
 */
public enum ResearchTreatment implements Code {
    /** Kept as it is (codes, categories, flags). */
    KEPT("kept", "Kept"),
    /** Replaced by a keyed pseudonym (HMAC-SHA-256). */
    PSEUDONYMISED("pseudonymised", "Replaced by a keyed pseudonym"),
    /** Pseudonymised for organisations that are not public bodies (an option), kept for public bodies. */
    PSEUDONYMISED_FOR_PROVIDERS("pseudonymised-for-providers",
            "Kept for public bodies; keyed pseudonym for providers (option)"),
    /** Replaced by the SG1a and five-year age bands. */
    AGE_BAND("age-band", "Replaced by age bands"),
    /** Reduced to the calendar year. */
    YEAR("year", "Reduced to the year"),
    /** Coarsened to a month or a reporting year, and its reporting year added. */
    PERIOD("period", "Coarsened to the month or reporting year"),
    /** Replaced by a record-local ordinal id, links kept. */
    LOCAL_ID("local-id", "Replaced by a record-local ordinal id"),
    /** Kept only when the instrument is in the catalogue (and, for answer codes, on the item's scale). */
    KEPT_IF_IN_CATALOGUE("kept-if-in-catalogue", "Kept when the instrument is in the catalogue"),
    /** Removed. */
    REMOVED("removed", "Removed");

    private final CodeEntry entry;

    ResearchTreatment(String code, String label) {
        this.entry = new CodeEntry(code, label);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
