package org.mspsdk.research.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.research.DateGranularity;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.testing.CanaryRecords;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;

/** Done-when: no canary and no form of the key appears anywhere in the JSON Lines or CSV output. */
class ResearchExportCanaryTest {

    static final String PROVIDER_CODE = "CANARY-PROVIDER-CODE-3b8e";
    static final String PROVIDER_NAME = "CANARY-PROVIDER-NAME Sunnyside Care";
    static final String LOCAL_INSTRUMENT = "CANARY-LOCAL-INSTRUMENT";

    /** The canary record, plus a named provider and a local questionnaire with canary ids and codes. */
    static SafeguardingRecord fullCanary() {
        SafeguardingRecord r = CanaryRecords.record();
        return r.toBuilder()
                .addOrganisation(OrganisationInvolvement.of(PROVIDER_CODE, PROVIDER_NAME, OrganisationType.CARE_PROVIDER,
                        List.of(OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES)))
                .addQuestionnaire(QuestionnaireResponse.completed(LOCAL_INSTRUMENT, "CANARY-VERSION", Voice.adult(),
                        LocalDate.of(2025, 9, 2), List.of(ItemAnswer.coded("CANARY-LINK", "CANARY-CODE"),
                                ItemAnswer.text("CANARY-LINK-2", "CANARY-FREE-TEXT"))))
                .build();
    }

    static List<String> canaries() {
        List<String> all = new ArrayList<>(CanaryRecords.ALL);
        all.addAll(List.of("CANARY", PROVIDER_CODE, PROVIDER_NAME, "Sunnyside", "Bob", "Acacia",
                CanaryRecords.DATE_OF_BIRTH.toString(), "943 476 5870", "2025-05-01", "2025-08-29"));
        return all;
    }

    static List<String> keyForms() {
        byte[] k = ResearchFixtures.KEY_BYTES;
        return List.of(ResearchFixtures.KEY_TEXT, HexFormat.of().formatHex(k),
                HexFormat.of().formatHex(k).toUpperCase(Locale.ROOT), Base64.getEncoder().encodeToString(k),
                Base64.getUrlEncoder().withoutPadding().encodeToString(k), new BigInteger(1, k).toString(),
                ResearchFixtures.KEY_TEXT.substring(0, 16));
    }

    private static List<ResearchRecord> export(DateGranularity dates, boolean pseudonymiseProviders) {
        Deidentifier deid = Deidentifier.builder(ResearchFixtures.key()).dates(dates)
                .pseudonymiseProviders(pseudonymiseProviders).build();
        List<ResearchRecord> out = new ArrayList<>();
        out.add(deid.deidentify(fullCanary()));
        new SyntheticDataGenerator(5).stream(500).map(deid::deidentify).forEach(out::add);
        return out;
    }

    private static void assertClean(String output, String what) {
        for (String canary : canaries()) {
            assertAbsent(output, canary, what + " must not contain the canary " + canary);
        }
        for (String key : keyForms()) {
            assertAbsent(output, key, what + " must not contain the key");
        }
        // the year of birth alone: outside the 64-hex pseudonyms (where any 4 digits occur by chance)
        assertAbsent(output.replaceAll("[0-9a-f]{64}", "#"), "1938", what + " must not contain the year of birth");
    }

    /** Fails with a short excerpt around the hit rather than the whole output. */
    private static void assertAbsent(String output, String needle, String message) {
        int at = output.indexOf(needle);
        if (at >= 0) {
            throw new AssertionError(message + ": found at " + at + " in ..."
                    + output.substring(Math.max(0, at - 80), Math.min(output.length(), at + needle.length() + 80))
                    + "...");
        }
    }

    @Test
    void noCanaryAndNoFormOfTheKeyAppearsInTheJsonLines() {
        for (DateGranularity dates : DateGranularity.values()) {
            String jsonl = ResearchFixtures.jsonLines(export(dates, true));
            assertThat(jsonl.lines()).hasSize(501);
            assertClean(jsonl, "JSON Lines (" + dates.code() + ")");
        }
    }

    @Test
    void noCanaryAndNoFormOfTheKeyAppearsInAnyCsvTable() {
        for (DateGranularity dates : DateGranularity.values()) {
            for (Map.Entry<ResearchCsv.Table, String> t : ResearchFixtures.csv(export(dates, true)).entrySet()) {
                assertThat(t.getValue().lines().count()).as(t.getKey().fileName()).isGreaterThan(1);
                assertClean(t.getValue(), t.getKey().fileName() + " (" + dates.code() + ")");
            }
        }
    }

    @Test
    void withProvidersKeptTheProviderCodeIsTheOnlyCanaryThatAppears() {
        String jsonl = ResearchFixtures.jsonLines(export(DateGranularity.MONTH, false));
        assertThat(jsonl).contains(PROVIDER_CODE);
        String withoutProvider = jsonl.replace(PROVIDER_CODE, "");
        for (String canary : canaries()) {
            if (!PROVIDER_CODE.contains(canary)) {
                assertAbsent(withoutProvider, canary, "canary " + canary);
            }
        }
    }

    @Test
    void csvFilesInADirectoryAreCleanToo(@TempDir Path dir) throws Exception {
        try (ResearchCsv csv = ResearchCsv.toDirectory(dir)) {
            export(DateGranularity.MONTH, true).forEach(csv::write);
        }
        for (ResearchCsv.Table t : ResearchCsv.Table.values()) {
            String text = Files.readString(dir.resolve(t.fileName()));
            assertThat(text).startsWith(String.join(",", t.columns()));
            assertClean(text, t.fileName());
        }
    }
}
