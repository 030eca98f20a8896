package org.mspsdk.returns;

import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.SacTable;

/** SG1c: distinct people by ethnicity, from their latest record; missing: {@code Undeclared / Not Known}, reported. */
final class Sg1cTally extends LatestCodeBreakdown<Ethnicity> {

    Sg1cTally() {
        super(SacTable.SG1C, Ethnicity.values(), AdultAtRisk::ethnicity, DataQualityIssue.ETHNICITY_NOT_RECORDED,
                Ethnicity.NOT_KNOWN);
    }
}
