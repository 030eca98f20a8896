package org.mspsdk.returns.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.Population;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

/** sac.json values of one type; the data-quality output and the Power BI layout. */
class SacOutputsTest {

    private static final SacReturn SAC = new SyntheticDataGenerator(9).stream(1_500)
            .collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))));
    private static final CouncilMetadata COUNCIL = new CouncilMetadata("", "", "", "", "", "350", "");

    private static Set<JsonNodeType> types(JsonNode root, String field) {
        return StreamSupport.stream(root.get("cells").spliterator(), false).map(c -> c.get(field).getNodeType())
                .collect(Collectors.toSet());
    }

    @Test
    void aCellValueIsAnIntegerOrNullWithOrWithoutDisclosureControl() {
        JsonNode exact = SacJson.toTree(SAC, Optional.of(COUNCIL), ExportOptions.defaults());
        JsonNode published = SacJson.toTree(SAC, Optional.of(COUNCIL), ExportOptions.defaults()
                .withDisclosureControl(true));

        assertThat(types(exact, "VALUE")).isEqualTo(Set.of(JsonNodeType.NUMBER, JsonNodeType.NULL)); // SG5 missing
        assertThat(types(published, "VALUE")).isEqualTo(Set.of(JsonNodeType.NUMBER, JsonNodeType.NULL));
        assertThat(StreamSupport.stream(published.get("cells").spliterator(), false)
                .filter(c -> c.get("VALUE").isNull()).map(c -> c.get("MARKER").asString()).distinct())
                .containsExactlyInAnyOrder("[c]", "[x]");
        assertThat(StreamSupport.stream(published.get("cells").spliterator(), false)
                .filter(c -> c.get("VALUE").isNumber()).allMatch(c -> c.get("VALUE").asLong() % 5 == 0)).isTrue();
        JsonNode measures = published.get("measures").get("sectorOutcomes");
        assertThat(measures.get("definedOutcomes").isNumber() || measures.get("definedOutcomes").isNull()).isTrue();
        assertThat(exact.get("checks")).hasSize(8);
    }

    @Test
    void theDataQualityOutputHasTheSameRowsWithAndWithoutDisclosureControl() {
        StringWriter exact = new StringWriter();
        StringWriter published = new StringWriter();
        SacCsv.writeDataQuality(SAC, ExportOptions.defaults(), exact);
        SacCsv.writeDataQuality(SAC, ExportOptions.defaults().withDisclosureControl(true), published);

        List<String> a = exact.toString().lines().map(l -> l.split(",")[0]).toList();
        List<String> b = published.toString().lines().map(l -> l.split(",")[0]).toList();
        assertThat(a).isEqualTo(b).contains("MSP-RET-001", "MSP-RET-008");
        assertThat(published.toString()).doesNotContain("SYN-R-").doesNotContain(" against ");
    }

    @Test
    void thePowerBiLayoutHasTheMeasuresRoundedAsThePublicationRoundsThem() {
        StringWriter out = new StringWriter();
        SacCsv.writePowerBi(SAC, COUNCIL, "123", out);
        List<String> lines = out.toString().lines().toList();

        assertThat(lines.get(0)).isEqualTo("FY Key,Year,CASSR Code,Measure,Value");
        long concerns = SAC.total(Population.SAFEGUARDING_CONCERNS);
        long rounded = concerns < 5 ? 0 : Math.round(concerns / 5.0) * 5;
        assertThat(lines).contains("123,2025-26,350,Total Number of Safeguarding Concerns," + rounded);
        assertThat(lines).anyMatch(l -> l.startsWith("123,2025-26,350,Conversion Rate,"));
        StringWriter england = new StringWriter();
        SacCsv.writePowerBi(SAC, new CouncilMetadata("England", "", "", "", "", "", ""), "", england);
        assertThat(england.toString().lines().skip(1)).allMatch(l -> l.startsWith(",2025-26,1010,"));
    }
}
