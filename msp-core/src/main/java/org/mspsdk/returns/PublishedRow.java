package org.mspsdk.returns;

import java.util.List;
import java.util.Objects;

/**
 * One row of the published SAC data layout: {@code GEOGRAPHY, COUNCIL_TYPE, REGION_CODE, REGION_NAME, ONS_CODE,
 * LA_CODE, LA_NAME, TABLE_REFERENCE, ENQUIRY_TYPE, CATEGORY, SUBCATEGORY, VALUE}. The value is text because
 * disclosure control writes {@code [c]} and {@code [x]} (and a missing figure is empty without it).
 *
 * @param council        the council's geography columns
 * @param tableReference TABLE_REFERENCE
 * @param enquiryType    ENQUIRY_TYPE
 * @param category       CATEGORY
 * @param subcategory    SUBCATEGORY
 * @param value          VALUE (a number, or {@code [c]} / {@code [x]} under disclosure control)
 */
public record PublishedRow(CouncilMetadata council, String tableReference, String enquiryType, String category,
        String subcategory, String value) {

    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of("GEOGRAPHY", "COUNCIL_TYPE", "REGION_CODE", "REGION_NAME",
            "ONS_CODE", "LA_CODE", "LA_NAME", "TABLE_REFERENCE", "ENQUIRY_TYPE", "CATEGORY", "SUBCATEGORY", "VALUE");

    /**
     * The publication's sort order ({@code sort_values(['LA_CODE', 'TABLE_REFERENCE', 'ENQUIRY_TYPE', 'CATEGORY',
     * 'SUBCATEGORY'])}): text compared character by character.
     */
    public static final java.util.Comparator<PublishedRow> PUBLISHED_ORDER = java.util.Comparator
            .comparing((PublishedRow r) -> r.council().laCode()).thenComparing(PublishedRow::tableReference)
            .thenComparing(PublishedRow::enquiryType).thenComparing(PublishedRow::category)
            .thenComparing(PublishedRow::subcategory);

    /** Checks the parts. */
    public PublishedRow {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(tableReference, "tableReference");
        Objects.requireNonNull(enquiryType, "enquiryType");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subcategory, "subcategory");
        Objects.requireNonNull(value, "value");
    }

    /** @return the values in {@link #COLUMNS} order */
    public List<String> values() {
        return List.of(council.geography(), council.councilType(), council.regionCode(), council.regionName(),
                council.onsCode(), council.laCode(), council.laName(), tableReference, enquiryType, category,
                subcategory, value);
    }
}
