package org.mspsdk.returns;

import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.SacTable;

/** SG1b: distinct people by gender, from their latest record; missing: {@code Not Known}, reported. */
final class Sg1bTally extends LatestCodeBreakdown<Gender> {

    Sg1bTally() {
        super(SacTable.SG1B, Gender.values(), AdultAtRisk::gender, DataQualityIssue.GENDER_NOT_RECORDED,
                Gender.NOT_KNOWN);
    }
}
