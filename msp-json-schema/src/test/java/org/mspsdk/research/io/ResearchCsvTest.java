package org.mspsdk.research.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.ResearchQuestionnaire;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

class ResearchCsvTest {

    private final List<ResearchRecord> research = Deidentifier.builder(ResearchFixtures.key()).build()
            .deidentifyAll(new SyntheticDataGenerator(3).records(2_000));
    private final Map<ResearchCsv.Table, String> csv = ResearchFixtures.csv(research);

    @Test
    void eachTableReadsBackWithItsHeaderAndOneRowPerEntity() {
        for (ResearchCsv.Table t : ResearchCsv.Table.values()) {
            assertThat(csv.get(t).lines().findFirst().orElseThrow()).isEqualTo(String.join(",", t.columns()));
        }
        assertThat(Sg4aEquivalenceTest.rows(csv.get(ResearchCsv.Table.RECORDS))).hasSize(research.size());
        assertThat(Sg4aEquivalenceTest.rows(csv.get(ResearchCsv.Table.ORGANISATIONS)))
                .hasSize(research.stream().mapToInt(r -> r.organisations().size()).sum());
        assertThat(Sg4aEquivalenceTest.rows(csv.get(ResearchCsv.Table.RISK_ITEMS)))
                .hasSize(research.stream().mapToInt(r -> r.enquiry().map(e -> e.riskItems().size()).orElse(0)).sum());
        assertThat(Sg4aEquivalenceTest.rows(csv.get(ResearchCsv.Table.OUTCOMES))).hasSize(research.stream()
                .mapToInt(r -> r.outcomes().desiredOutcomes().size() + r.outcomes().negotiatedOutcomes().size()).sum());
        assertThat(Sg4aEquivalenceTest.rows(csv.get(ResearchCsv.Table.ANSWERS))).hasSize(research.stream()
                .flatMap(r -> r.questionnaires().stream())
                .mapToInt((ResearchQuestionnaire q) -> Math.max(1, q.answers().size())).sum());
    }

    @Test
    void cellsHoldCodesBooleansAndJoinedSetsAndTheRowsMatchTheRecords() {
        List<Map<String, String>> rows = Sg4aEquivalenceTest.rows(csv.get(ResearchCsv.Table.RECORDS));
        for (int i = 0; i < research.size(); i++) {
            ResearchRecord r = research.get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("record_pseudonym")).isEqualTo(r.recordPseudonym());
            assertThat(row.get("person_pseudonym")).isEqualTo(r.person().personPseudonym());
            assertThat(row.get("age_band")).isEqualTo(r.person().ageBand().code());
            assertThat(row.get("enquiry_type")).isEqualTo(r.enquiry().map(e -> e.type().code()).orElse(""));
            assertThat(row.get("removed")).isEqualTo(String.join(";", r.removed()));
            assertThat(row.get("autism_excluding_asperger")).isIn("true", "false", "");
        }
    }

    @Test
    void theDictionaryCsvHasOneRowPerFieldAndPerCode() {
        DataDictionary d = DataDictionary.generate();
        StringWriter fields = new StringWriter();
        StringWriter codes = new StringWriter();
        DataDictionaryCsv.writeFields(d, fields);
        DataDictionaryCsv.writeCodes(d, codes);
        List<Map<String, String>> fieldRows = Sg4aEquivalenceTest.rows(fields.toString());
        List<Map<String, String>> codeRows = Sg4aEquivalenceTest.rows(codes.toString());
        assertThat(fieldRows).hasSize(d.fields().size());
        assertThat(codeRows).hasSize(d.codes().size());
        Map<String, String> asked = fieldRows.stream().filter(r -> r.get("form").equals("safeguarding-record")
                && r.get("path").equals("outcomes.asked")).findFirst().orElseThrow();
        assertThat(asked.get("code_list")).isEqualTo("sg4a-asked");
        assertThat(asked.get("sac_tables")).isEqualTo("SG4a");
        assertThat(asked.get("vocabulary_version")).isEqualTo("2025-26");
        assertThat(asked.get("allowed_codes")).startsWith(
                "asked-expressed = Yes they were asked and outcomes were expressed | asked-not-expressed = ");
        assertThat(fieldRows).allSatisfy(r -> assertThat(r.get("description")).isNotBlank());
        assertThat(codeRows).anySatisfy(r -> {
            assertThat(r.get("list_id")).isEqualTo("sg1a-age-band");
            assertThat(r.get("code")).isEqualTo("95+");
        });
    }
}
