package org.mspsdk.returns;

import org.mspsdk.vocabulary.SacTable;
import java.util.Objects;

/**
 * One cell of a SAC table in the published long layout: {@code TABLE_REFERENCE, ENQUIRY_TYPE, CATEGORY,
 * SUBCATEGORY, VALUE}. Values are exact (unrounded); disclosure control is applied only on export
 * ({@link DisclosureControl}).
 *
 * <p>Placement: for SG2a and SG2b the row (type or location) is the CATEGORY and the source of risk the
 * SUBCATEGORY, as in NHS England's publication code. For the one-dimensional tables the CATEGORY names the
 * block (for example {@code Gender}, or SG4a's two blocks) and the SUBCATEGORY is the SAC label; that placement
 * is the SDK's choice (the published files' exact CATEGORY wording is not confirmed).
 *
 * @param table        the table
 * @param enquiryType  the ENQUIRY_TYPE, for example {@code Concluded Section 42 Enquiries}
 * @param category     the CATEGORY
 * @param subcategory  the SUBCATEGORY
 * @param value        the exact count
 */
public record SacCell(SacTable table, String enquiryType, String category, String subcategory, long value) {

    /** ENQUIRY_TYPE of SG1 rows about concerns. */
    public static final String SAFEGUARDING_CONCERNS = "Safeguarding Concerns";
    /** ENQUIRY_TYPE of SG1 rows about section 42 enquiries. */
    public static final String SECTION_42_ENQUIRIES = "Section 42 Enquiries";
    /** ENQUIRY_TYPE of SG1 rows about other enquiries. */
    public static final String OTHER_ENQUIRIES = "Other Enquiries";
    /** ENQUIRY_TYPE of SG2-SG4 rows about concluded section 42 enquiries. */
    public static final String CONCLUDED_SECTION_42_ENQUIRIES = "Concluded Section 42 Enquiries";
    /** ENQUIRY_TYPE of the voluntary SG2 rows about concluded other enquiries (SDK wording). */
    public static final String CONCLUDED_OTHER_ENQUIRIES = "Concluded Other Enquiries";

    /** Checks the parts. */
    public SacCell {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(enquiryType, "enquiryType");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subcategory, "subcategory");
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
    }

    /**
     * The block this cell belongs to for disclosure control: the whole table for SG2a and SG2b (per enquiry
     * type), and for SG3a (the capacity answers with their support subset, so a zero subset beside non-zero
     * answers is suppressed as {@code [c]}, not shown as an empty block), otherwise the cells sharing table,
     * enquiry type and category (for example SG4a's "asked" block).
     *
     * @return the block key
     */
    public String blockKey() {
        if (table == SacTable.SG2A || table == SacTable.SG2B || table == SacTable.SG3A) {
            return table.reference() + "|" + enquiryType;
        }
        return table.reference() + "|" + enquiryType + "|" + category;
    }
}
