package org.mspsdk.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.instrument.Instruments;

/** The committed {@code docs/csv-files.md} is exactly what {@link CsvFilesDoc#markdown()} generates. */
class CsvFilesDocTest {

    static final String REGENERATE = "./mvnw -B -pl msp-json-schema -am verify -Dtest=CsvFilesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmsp.regenerateDocs=true";

    private static Path docFile() {
        // Maven runs the tests with the module directory (msp-json-schema) as working directory
        return Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("csv-files.md");
    }

    @Test
    void committedDocumentMatchesTheLayouts() throws IOException {
        Path file = docFile();
        String generated = CsvFilesDoc.markdown();
        if (Boolean.getBoolean("msp.regenerateDocs")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
        assertThat(Files.exists(file)).as("%s is missing; generate it with:%n  %s", file, REGENERATE).isTrue();
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(committed).as("%s differs from CsvFilesDoc.markdown(); regenerate it with:%n  %s", file,
                REGENERATE).isEqualTo(generated);
    }

    @Test
    void everyColumnOfEveryLayoutIsListedWithItsGuard() {
        String md = CsvFilesDoc.markdown();
        for (CsvLayout layout : CsvLayouts.all()) {
            for (CsvColumn c : layout.columns()) {
                assertThat(md).as(layout.id()).contains("| `" + c.name() + "` | " + (c.guarded() ? "yes" : "no")
                        + " | ");
            }
            layout.repeated().ifPresent(c -> assertThat(md).contains("| `" + c.name() + "` | "));
        }
        assertThat(md).contains("### records.csv", "### answers.csv", "### SG1a.csv", "### sac-published");
    }

    @Test
    void researchColumnsTakeTheirMeaningFromTheDataDictionary() {
        assertThat(CsvFilesDoc.markdown())
                .contains("| `age_band` | no | The SG1a age band. (`person.ageBand`) |")
                .contains("| `answer_code` | guarded".replace("guarded", "yes"));
    }

    @Test
    void questionnaireItemsListBothWordingsAndTheAnswerCodes() {
        String md = CsvFilesDoc.markdown();
        for (Instrument instrument : Instruments.builtIn()) {
            for (InstrumentItem item : instrument.items()) {
                assertThat(md).contains("| `" + item.linkId() + "` | " + item.adultWording() + " | "
                        + item.representativeWording() + " | ");
                item.scale().ifPresent(s -> s.options().forEach(o -> assertThat(md).contains("`" + o.code() + "` "
                        + o.label())));
            }
        }
    }

    @Test
    void aColumnWithoutAMeaningFailsTheDocument() {
        assertThat(CsvFilesDoc.undocumented(CsvLayout.of("records.csv", CsvColumn.sdk("brand_new_column"))))
                .containsExactly("records.csv/brand_new_column");
    }
}
