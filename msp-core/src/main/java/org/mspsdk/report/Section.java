package org.mspsdk.report;

/**
 * One section of the board report: a heading and what is under it, drawn from one measure result of the
 * {@link ReportData}. A section whose measure has nothing for the data (no trend with one year, no quarter
 * breakdown) is left out, so a new measure is one new section class and one line in {@link BoardReport}.
 */
interface Section {

    /** @return the id of the section's heading, for the contents list */
    String id();

    /** @return the section's heading (an {@code h2}) */
    String heading(ReportData data);

    /** @return whether the section has anything to show for this data */
    default boolean shows(ReportData data) {
        return true;
    }

    /**
     * Writes what is under the heading: paragraphs, {@code h3} sub-headings, charts and tables.
     *
     * @param page the page being written
     */
    void write(Page page);
}
