package org.mspsdk.returns.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.PublishedRow;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.returns.SacTally;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

class SacWritersTest {

    private static final CouncilMetadata COUNCIL = new CouncilMetadata("Local Authority", "Metropolitan District",
            "E12000002", "North West", "E08000099", "999", "Synthetic, Borough of");

    /** Seven concerns, no enquiries; the first person has no gender recorded. */
    private static SacReturn sevenConcerns() {
        SacTally t = SacSettings.of(ReportingYear.of(2025)).withGroupings(Grouping.byQuarter()).newTally();
        for (int i = 1; i <= 7; i++) {
            AdultAtRisk.Builder a = AdultAtRisk.builder("P" + i).dateOfBirth(LocalDate.of(1950, 1, 1))
                    .gender(i == 1 ? null : org.mspsdk.vocabulary.Gender.FEMALE);
            t.add(SafeguardingRecord.builder().recordId("R" + i).adult(a.build())
                    .concern(Concern.received(LocalDate.of(2025, 5, i), ConcernSource.SELF)
                            .noEnquiry(NoEnquiryNextStep.ADVICE_INFORMATION)).build());
        }
        return t.result();
    }

    private static List<List<String>> readCsv(String csv) throws Exception {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    @Test
    void thePublishedLayoutHasTheSacColumnsAndOneQuotedRowPerCell() throws Exception {
        SacReturn sac = sevenConcerns();
        StringWriter out = new StringWriter();
        SacCsv.writePublished(sac, COUNCIL, ExportOptions.defaults(), out);

        List<List<String>> rows = readCsv(out.toString());
        assertThat(rows.get(0)).isEqualTo(PublishedRow.COLUMNS);
        // the publication's rows only (issue 14): no Concluded Other Enquiries, no SG1a Age unknown
        assertThat(rows).hasSize(sac.publishedRows(COUNCIL, ExportOptions.defaults()).size() + 1);
        assertThat(rows.size() - 1).isLessThan(sac.cells().size());
        assertThat(rows).contains(List.of("Local Authority", "Metropolitan District", "E12000002", "North West",
                "E08000099", "999", "Synthetic, Borough of", "SG1f", "Safeguarding Concerns", "Total",
                "Total Number of Safeguarding Concerns", "7"));
        assertThat(rows).contains(List.of("Local Authority", "Metropolitan District", "E12000002", "North West",
                "E08000099", "999", "Synthetic, Borough of", "SG1b", "Safeguarding Concerns", "Gender", "Not Known",
                "1"));
        assertThat(out.toString()).contains("\"Synthetic, Borough of\"");
    }

    @Test
    void disclosureControlIsAppliedOnlyWhenAsked() throws Exception {
        StringWriter out = new StringWriter();
        SacCsv.writePublished(sevenConcerns(), COUNCIL, ExportOptions.defaults().withDisclosureControl(true), out);

        List<List<String>> rows = readCsv(out.toString());
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(7, 12)).containsExactly("SG1f",
                "Safeguarding Concerns", "Total", "Total Number of Safeguarding Concerns", "5"));
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(7, 12)).containsExactly("SG1b",
                "Safeguarding Concerns", "Gender", "Female", "5"));
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(7, 12)).containsExactly("SG1b",
                "Safeguarding Concerns", "Gender", "Not Known", "[c]"));
        // no concluded s42 enquiries: every SG4a block is all zero, which the published CSV shows as [c] (issue 14:
        // the all-zero-block [x] is the Excel tables' rule only, an option of its own)
        assertThat(rows.stream().filter(r -> r.get(7).equals("SG4a")).map(r -> r.get(11)).distinct())
                .containsExactly("[c]");
        StringWriter excel = new StringWriter();
        SacCsv.writePublished(sevenConcerns(), COUNCIL, new ExportOptions(true, true), excel);
        assertThat(readCsv(excel.toString()).stream().filter(r -> r.get(7).equals("SG4a")).map(r -> r.get(11))
                .distinct()).containsExactly("[x]");
    }

    @Test
    void aPlainTableIsAGridOfRowsAndColumns() throws Exception {
        StringWriter sg2a = new StringWriter();
        SacCsv.writeTable(sevenConcerns(), SacTable.SG2A, ExportOptions.defaults(), sg2a);
        List<List<String>> rows = readCsv(sg2a.toString());
        assertThat(rows.get(0)).containsExactly("ENQUIRY_TYPE", "TYPE_OF_RISK", "Service Provider",
                "Other - Known to individual", "Other - Unknown to individual");
        assertThat(rows).hasSize(1 + 2 * 11);
        assertThat(rows.get(1)).containsExactly("Concluded Section 42 Enquiries", "Physical Abuse", "0", "0", "0");

        StringWriter sg1b = new StringWriter();
        SacCsv.writeTable(sevenConcerns(), SacTable.SG1B, ExportOptions.defaults(), sg1b);
        List<List<String>> g = readCsv(sg1b.toString());
        assertThat(g.get(0)).containsExactly("CATEGORY", "SUBCATEGORY", "Safeguarding Concerns",
                "Section 42 Enquiries", "Other Enquiries");
        assertThat(g.get(2)).containsExactly("Gender", "Female", "6", "0", "0");
    }

    @Test
    void theDataQualityAndBreakdownCsvsCarryIdsAndCounts() throws Exception {
        SacReturn sac = sevenConcerns();
        StringWriter dq = new StringWriter();
        SacCsv.writeDataQuality(sac.dataQuality(), dq);
        List<List<String>> rows = readCsv(dq.toString());
        assertThat(rows.get(0)).containsExactly("ISSUE", "AFFECTS", "DESCRIPTION", "COUNT", "SAMPLE_RECORD_IDS");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("gender-not-recorded", "SG1b",
                "gender not recorded: counted as Not Known", "1", "R1"));

        StringWriter quarter = new StringWriter();
        SacCsv.writeBreakdown(sac.breakdown("quarter"), ExportOptions.defaults(), quarter);
        List<List<String>> q = readCsv(quarter.toString());
        assertThat(q.get(0).subList(0, 3)).containsExactly("GROUP", "concerns", "s42-commenced");
        assertThat(q.get(1).subList(0, 3)).containsExactly("2025-26 Q1", "7", "0");
    }

    @Test
    void jsonCarriesCellsMeasuresBreakdownsAndDataQuality() {
        StringWriter out = new StringWriter();
        SacJson.write(sevenConcerns(), Optional.of(COUNCIL), ExportOptions.defaults(), out);
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());

        assertThat(root.get("reportingYear").asString()).isEqualTo("2025-26");
        assertThat(root.get("recordsRead").asLong()).isEqualTo(7);
        assertThat(root.get("council").get("LA_NAME").asString()).isEqualTo("Synthetic, Borough of");
        JsonNode concerns = null;
        for (JsonNode c : root.get("cells")) {
            if (c.get("TABLE_REFERENCE").asString().equals("SG1f")
                    && c.get("ENQUIRY_TYPE").asString().equals("Safeguarding Concerns")) {
                concerns = c;
            }
        }
        assertThat(concerns.get("VALUE").isNumber()).isTrue();
        assertThat(concerns.get("VALUE").asLong()).isEqualTo(7);
        assertThat(root.get("measures").get("sectorOutcomes").get("peopleWithConcern").asLong()).isEqualTo(7);
        assertThat(root.get("breakdowns").get("quarter").get("2025-26 Q1").get("concerns").asLong()).isEqualTo(7);
        assertThat(root.get("dataQuality").get("issues").get(0).get("sampleRecordIds").get(0).asString())
                .isEqualTo("R1");
    }

    @Test
    void jsonForPublicationHasRoundedCountsAndNoRecordIds() {
        StringWriter out = new StringWriter();
        SacJson.write(sevenConcerns(), Optional.empty(), ExportOptions.defaults().withDisclosureControl(true), out);
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());

        assertThat(root.has("council")).isFalse();
        assertThat(root.get("measures").get("sectorOutcomes").get("peopleWithConcern").asString()).isEqualTo("5");
        assertThat(root.get("measures").get("sectorOutcomes").get("definedOutcomesPercent").asString()).isEqualTo("0");
        assertThat(out.toString()).doesNotContain("R1").doesNotContain("sampleRecordIds");
    }
}
