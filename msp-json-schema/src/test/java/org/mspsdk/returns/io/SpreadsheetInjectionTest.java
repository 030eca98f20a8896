package org.mspsdk.returns.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.mspsdk.json.internal.SafeText;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** Cells holding data from the records are never run as spreadsheet formulas. */
class SpreadsheetInjectionTest {

    @Test
    void formulaLikeValuesGetALeadingApostrophe() {
        assertThat(SafeText.spreadsheetCell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SafeText.spreadsheetCell("+1")).isEqualTo("'+1");
        assertThat(SafeText.spreadsheetCell("-2")).isEqualTo("'-2");
        assertThat(SafeText.spreadsheetCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeText.spreadsheetCell("TEAM-1")).isEqualTo("TEAM-1");
        assertThat(SafeText.spreadsheetCell("2025-26 Q1")).isEqualTo("2025-26 Q1");
    }

    @Test
    void aGroupKeyThatLooksLikeAFormulaIsWrittenAsText() {
        SacReturn sac = new SyntheticDataGenerator(3).stream(300).collect(SacTally.collector(
                SacSettings.of(ReportingYear.of(2025)).withGroupings(Grouping.byKey("team", r -> "=cmd|' /C calc'!A0"))));
        StringWriter out = new StringWriter();
        SacCsv.writeBreakdown(sac.breakdown("team"), ExportOptions.defaults(), out);
        assertThat(out.toString()).contains("'=cmd").doesNotContain("\n=cmd").doesNotContain("\n\"=cmd");
    }
}
