package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingInitTest {

    @Test
    void aSemicolonFileWithAChildFileJoinedByKeyAndAColumnKnownOnlyByItsValues(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir)
                .file("cases.csv", "Ref;Client ID;Received;Raised By;Enquiry Type;Enquiry Start;Notes\n"
                        + "R1;P1;2025-06-02;Police;Section 42 Enquiry;2025-06-03;CANARY free text\n"
                        + "R2;P2;2025-06-03;family;s42;2025-06-04;\n")
                .file("risks.csv", "Ref,Colour,Where,Comment\nR1,Physical Abuse,Own Home,CANARY\n"
                        + "R2,neglect,Care Home - Nursing,\n");
        String yaml = MappingInit.guess(f.inputs);
        assertThat(yaml).isEqualTo("""
                # A starting mapping guessed by msp mapping init: check every line before use.
                # Columns were matched to SDK fields by header and by value; comments list local values to map and
                # what is still missing. The format: docs/import/MAPPING.md. Then run msp import --check.
                msp-mapping: 1
                sources:
                  cases: {file: "cases.csv", delimiter: ";"}
                  risks: {file: "risks.csv"}
                defaults:
                  date-formats: ["yyyy-MM-dd"]
                  blank-values: [""]
                record:
                  source: cases
                  key: "Ref"
                  fields:
                    recordId: "Ref"
                    adult.personId: "Client ID"
                    concern.receivedOn: "Received"
                    concern.raisedBy: "Raised By"
                    enquiry.type: "Enquiry Type"
                    enquiry.commencedOn: "Enquiry Start"
                    notes: "Notes"
                  lists:
                    # the lead council (the SAC return counts its records): fill in its code
                    # organisations:
                    #   - fields: {code: {constant: E0...}, type: {constant: local-authority}, roles: {constant: lead-council}}
                    enquiry.riskItems:
                      - source: risks
                        key: "Ref"
                        fields:
                          type: "Colour"
                          # matched by its values (the header did not name a field)
                          location: "Where"
                # columns not matched to any field:
                #   risks.csv: Comment
                """);
        Fixture run = new Fixture(dir);
        run.inputs.addAll(f.inputs);
        run.run(Importer.builder(Mapping.parse(yaml, "guessed.yaml")).build());
        assertThat(run.issues).isEmpty();
        assertThat(run.records).hasSize(2);
        assertThat(run.allText()).doesNotContain("CANARY");
        assertThat(run.records.get(1).enquiry().orElseThrow().riskItems().get(0).type().code()).isEqualTo("neglect");
    }
}
