package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed {@code docs/validation-rules.md} is exactly what {@link RuleCatalogue#markdown()} generates. */
class RuleCatalogueDocTest {

    static final String REGENERATE = "./mvnw -B -pl msp-core -am verify -Dtest=RuleCatalogueDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmsp.regenerateDocs=true";

    private static Path docFile() {
        // Maven runs the tests with the module directory (msp-core) as working directory
        return Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("validation-rules.md");
    }

    @Test
    void committedCatalogueMatchesTheRules() throws IOException {
        Path file = docFile();
        String generated = RuleCatalogue.markdown();
        if (Boolean.getBoolean("msp.regenerateDocs")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
        assertThat(Files.exists(file)).as("%s is missing; generate it with:%n  %s", file, REGENERATE).isTrue();
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(committed).as("%s differs from RuleCatalogue.markdown(); regenerate it with:%n  %s", file,
                REGENERATE).isEqualTo(generated);
    }

    @Test
    void catalogueListsEveryRuleAndEveryLimit() {
        String md = RuleCatalogue.markdown();
        RuleCatalogue.all().forEach(r -> assertThat(md).contains("| " + r.id() + " | " + r.severity() + " | "
                + r.profile() + " |"));
        TextRules.listSizes().forEach((path, max) -> assertThat(md).contains("| `" + path + "` | " + max + " |"));
        TextRules.textLengths().forEach((path, max) -> assertThat(md).contains("| `" + path + "` | " + max + " |"));
    }
}
