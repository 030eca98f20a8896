package org.mspsdk.returns;

import java.util.Objects;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/**
 * One cell of a SAC table in the published long layout: {@code TABLE_REFERENCE, ENQUIRY_TYPE, CATEGORY,
 * SUBCATEGORY, VALUE}. Values are exact (unrounded); disclosure control is applied only on export
 * ({@link DisclosureControl}).
 *
 * <p>Placement (from the table's {@link SacTable#shape() shape}): for SG2a and SG2b the row (type or location)
 * is the CATEGORY and the source of risk the SUBCATEGORY, as in NHS England's publication code. For the
 * one-dimensional tables the CATEGORY names the block (for example {@code Gender}, or SG4a's two blocks) and the
 * SUBCATEGORY is the SAC label; that placement is the SDK's choice (the published files' exact CATEGORY wording
 * is not confirmed). The ENQUIRY_TYPE is a {@link Population}'s label.
 *
 * @param table        the table
 * @param enquiryType  the ENQUIRY_TYPE, for example {@code Concluded Section 42 Enquiries}
 * @param category     the CATEGORY
 * @param subcategory  the SUBCATEGORY
 * @param value        the exact count (0 when missing)
 * @param missing      true when the figure is missing (not zero): for example SG5a and SG5b when no register of
 *                     Safeguarding Adults Reviews was given. Published as {@code [x]} under disclosure control,
 *                     and as an empty value without it.
 */
public record SacCell(SacTable table, String enquiryType, String category, String subcategory, long value,
        boolean missing) {

    /** Checks the parts. */
    public SacCell {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(enquiryType, "enquiryType");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subcategory, "subcategory");
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        if (missing && value != 0) {
            throw new IllegalArgumentException("a missing cell has no value");
        }
    }

    /**
     * A cell with a figure.
     *
     * @param table       the table
     * @param enquiryType the ENQUIRY_TYPE
     * @param category    the CATEGORY
     * @param subcategory the SUBCATEGORY
     * @param value       the exact count
     */
    public SacCell(SacTable table, String enquiryType, String category, String subcategory, long value) {
        this(table, enquiryType, category, subcategory, value, false);
    }

    /**
     * @param table       the table
     * @param enquiryType the ENQUIRY_TYPE
     * @param category    the CATEGORY
     * @param subcategory the SUBCATEGORY
     * @return a cell whose figure is missing
     */
    public static SacCell missing(SacTable table, String enquiryType, String category, String subcategory) {
        return new SacCell(table, enquiryType, category, subcategory, 0, true);
    }

    /**
     * The block this cell belongs to for disclosure control, as its table's shape says
     * ({@link SacTable#disclosureBlock(String, String)}).
     *
     * @return the block key
     */
    public String blockKey() {
        return table.disclosureBlock(enquiryType, category);
    }

    /** @return the cell's population (its ENQUIRY_TYPE) */
    public Population population() {
        return Population.fromEnquiryType(enquiryType);
    }
}
