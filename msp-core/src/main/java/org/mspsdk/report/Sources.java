package org.mspsdk.report;

import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.DataQualityIssue;
import org.mspsdk.returns.SacCell;

/**
 * The names of a figure's sources ({@link Figures}): JSON Pointers into the {@code msp measures --output json}
 * document, cells of the SAC return and data-quality counts. The field names are those of the wire format's
 * {@code SacJson}; the browser test resolves every one against that output, so a renamed field fails there.
 */
final class Sources {

    static final String RECORDS_READ = "/recordsRead";
    static final String SECTOR = "/measures/sectorOutcomes/";
    static final String EXPERIENCE = "/measures/experience/";
    static final String FEELING_SAFE = "/measures/feelingSafe/";

    private Sources() {
    }

    /** @return the pointer of a sector outcomes field */
    static String sector(String field) {
        return SECTOR + field;
    }

    /** @return the pointer of a count of an experience item's answer */
    static String experienceAnswer(String linkId, String code) {
        return EXPERIENCE + "items/" + escape(linkId) + "/" + escape(code);
    }

    /** @return the pointer of a board breakdown count */
    static String breakdown(String grouping, String key, BoardMeasure measure) {
        return "/breakdowns/" + escape(grouping) + "/" + escape(key) + "/" + measure.code();
    }

    /** @return a cell of the SAC return, by its published labels */
    static String cell(SacCell cell) {
        return "cell:" + cell.table().reference() + "|" + cell.enquiryType() + "|" + cell.category() + "|"
                + cell.subcategory();
    }

    /** @return a data-quality count */
    static String dataQuality(DataQualityIssue issue) {
        return "dq:" + issue.code();
    }

    /** @return a JSON Pointer reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1} */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
