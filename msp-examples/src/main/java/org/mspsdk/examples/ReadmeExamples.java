package org.mspsdk.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.dictionary.DataDictionaryHtml;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.json.JsonLinesReader;
import org.mspsdk.json.JsonLinesWriter;
import org.mspsdk.json.MspJson;
import org.mspsdk.json.MspModule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.partnership.MergedJourney;
import org.mspsdk.partnership.Partnership;
import org.mspsdk.research.DateGranularity;
import org.mspsdk.research.Deidentifier;
import org.mspsdk.research.PseudonymKey;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.research.io.DataDictionaryCsv;
import org.mspsdk.research.io.ResearchCsv;
import org.mspsdk.research.io.ResearchJsonLines;
import org.mspsdk.report.BoardReport;
import org.mspsdk.report.ReportSettings;
import org.mspsdk.report.ReportTally;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.DataQualityIssue;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.PartnershipMeasures;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;
import org.mspsdk.returns.io.SacJson;
import org.mspsdk.schema.SchemaFinding;
import org.mspsdk.schema.SchemaValidator;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code blocks of the README, each a region between {@code // readme:begin NAME} and {@code // readme:end}
 * that {@code ReadmeSnippetsTest} compares with the README, and each run by {@code ReadmeExamplesTest}. So every
 * Java block of the README compiles and runs as written.
 */
public final class ReadmeExamples {

    private ReadmeExamples() {
    }

    /** Where a care record system shows a finding next to the field it is about. */
    public interface Screen {
        /**
         * @param path    the finding's path
         * @param ruleId  its rule id
         * @param message its message (no personal data)
         */
        void mark(String path, String ruleId, String message);
    }

    /**
     * Validates a save of an edited record: the "Validation" block of the README.
     *
     * @param stored the version stored before
     * @param edited the version being saved
     * @param clock  "today"
     * @param screen where findings are shown
     * @return the report on the edit, history included
     */
    public static ValidationReport validateSave(SafeguardingRecord stored, SafeguardingRecord edited, Clock clock,
            Screen screen) {
        // readme:begin validation
        Validator validator = Validator.builder()
                .profile(Profile.IN_PROGRESS)                  // or SAC_COMPLETE before a return
                .clock(clock)                                  // "today", injected
                .instruments(InstrumentCatalogue.builtIn())    // plus a council's local questionnaires
                .build();
        ValidationReport report = validator.validate(edited);
        for (Finding f : report.errors()) {
            screen.mark(f.path(), f.ruleId(), f.message());
        }
        ValidationReport update = validator.validateUpdate(stored, edited);  // also: history only appended to
        // readme:end
        return update;
    }

    /**
     * Writes and reads the wire format: the "JSON wire format" block of the README.
     *
     * @param record  a record
     * @param records records to write as JSON Lines
     * @param path    the JSON Lines file
     * @param tally   where the records read back are counted
     * @return the schema findings of the record's document (none for a valid record)
     * @throws IOException when the file cannot be written or read
     */
    public static List<SchemaFinding> json(SafeguardingRecord record, List<SafeguardingRecord> records, Path path,
            SacTally tally) throws IOException {
        // readme:begin json
        MspJson json = MspJson.strict();                       // or MspJson.tolerant(), MspJson.of(DecodeOptions)
        String doc = json.write(record);                       // one record per document, "mspVersion": "1.0"
        SafeguardingRecord back = json.read(doc);              // equals record; bad input -> MspDecodeException

        try (JsonLinesWriter out = json.writeLines(Files.newOutputStream(path))) {
            records.forEach(out::write);
        }
        try (JsonLinesReader in = json.readLines(Files.newInputStream(path))) {
            in.stream().forEach(tally::add);
        }

        JsonMapper mapper = JsonMapper.builder().addModule(new MspModule()).build();   // inside your own messages
        List<SchemaFinding> findings = SchemaValidator.forRecords().validate(doc);     // pointer, keyword, message
        // readme:end
        if (!back.equals(record) || !mapper.readValue(doc, SafeguardingRecord.class).equals(record)) {
            throw new IllegalStateException("round trip failed");
        }
        return findings;
    }

    /**
     * Builds the SAC return and writes it: the "SAC return" block of the README.
     *
     * @param records  a year's records
     * @param council  the council's metadata for the published layout
     * @param writer   where the published CSV goes
     * @param grid     where SG2a goes as a grid
     * @param jsonOut  where the return goes as JSON
     * @return the count of concluded s42 enquiries whose outcomes were fully achieved
     * @throws IOException when writing fails
     */
    public static long sacReturn(List<SafeguardingRecord> records, CouncilMetadata council, Writer writer,
            Writer grid, Writer jsonOut) throws IOException {
        // readme:begin sac
        SacSettings settings = SacSettings.of(ReportingYear.of(2025))           // 1 Apr 2025 - 31 Mar 2026
                .withGroupings(Grouping.byOrganisation(), Grouping.byQuarter(),
                        Grouping.byKey("team", r -> teamOf(r)));                 // a group label, never a person id
        SacReturn sac = records.stream().collect(SacTally.collector(settings)); // or tally.add(r) one by one

        long fully = sac.count(Population.CONCLUDED_S42, OutcomeAchievement.FULLY_ACHIEVED);  // typed keys
        long rated = sac.total(Population.CONCLUDED_S42, OutcomeAchievement.class);           // a block's total
        OptionalDouble met = sac.measures().sectorOutcomes().fullyOrPartlyMetPercent();
        List<String> ids = sac.dataQuality().sampleIds(DataQualityIssue.CAPACITY_NOT_RECORDED);

        // msp-json-schema: org.mspsdk.returns.io
        SacCsv.writePublished(sac, council, ExportOptions.defaults(), writer);      // published SAC layout
        SacCsv.writeTable(sac, SacTable.SG2A, ExportOptions.defaults(), grid);      // one table as a grid
        SacJson.write(sac, Optional.of(council), ExportOptions.defaults().withDisclosureControl(true), jsonOut);
        // readme:end
        if (rated < fully || met.orElse(0) < 0 || ids.size() > SacSettings.DEFAULT_SAMPLE_SIZE) {
            throw new IllegalStateException("inconsistent return");
        }
        return fully;
    }

    /**
     * Writes the board report of three reporting years: the "Board report" block of the README.
     *
     * @param records the records of the three years
     * @param out     the page to write
     * @throws IOException when writing fails
     */
    public static void boardReport(List<SafeguardingRecord> records, Path out) throws IOException {
        // readme:begin board-report
        ReportSettings settings = ReportSettings.of(ReportingYear.of(2025))   // by organisation, type of risk, quarter
                .withTrendFrom(ReportingYear.of(2023))                          // trends 2023-24 to 2025-26
                .withTitle("Anytown Safeguarding Adults Board: MSP 2025-26");  // disclosure control stays on
        ReportTally tally = settings.newTally();
        records.forEach(tally::add);                                            // tallies merge, like SacTally
        Files.writeString(out, BoardReport.html(tally.result()));              // one self-contained page
        // readme:end
    }

    /**
     * Counts a partnership's records once per journey and merges each journey: the "One journey across a
     * partnership" block of the README.
     *
     * @param records  the records of the lead council and its partners
     * @param findings where the rule ids and paths of conflicts between partner records go
     * @return how many concerns the trust RXX01 raised where it asked the person what they wanted
     */
    public static long partnership(List<SafeguardingRecord> records, List<String> findings) {
        // readme:begin partnership
        SacReturn sac = records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))));
        long concerns = sac.total(Population.SAFEGUARDING_CONCERNS);                 // each journey once
        PartnershipMeasures.Organisation trust = sac.partnership().organisations().get("RXX01");
        long askedAtConcern = trust.askedAtConcern();                                // partner engagement

        for (MergedJourney m : Partnership.mergeAll(records)) {                     // org.mspsdk.partnership
            m.findings().forEach(f -> findings.add(f.ruleId() + " at " + f.path())); // conflicts, never resolved
            m.merged().ifPresent(c -> findings.add("merged: "                         // the lead council's record
                    + c.outcomes().desiredOutcomes().size() + " desired outcomes"));  // with partners' outcomes
        }
        // readme:end
        return concerns == 1 ? askedAtConcern : -1;
    }

    private static String teamOf(SafeguardingRecord r) {
        return r.organisations().isEmpty() ? "unassigned" : "team-" + (Math.abs(r.recordId().hashCode()) % 3);
    }

    /**
     * Writes the de-identified research export and the data dictionary: the "Research export" block.
     *
     * @param keyFile     the file holding the pseudonym key
     * @param records     the records
     * @param dir         the folder to write into
     * @param fieldsWriter where the dictionary's fields CSV goes
     * @param codesWriter  where the dictionary's codes CSV goes
     * @throws IOException when writing fails
     */
    public static void research(Path keyFile, List<SafeguardingRecord> records, Path dir, Writer fieldsWriter, Writer codesWriter)
            throws IOException {
        // readme:begin research
        PseudonymKey key = PseudonymKey.fromFile(keyFile);    // or fromEnvironment("MSP_RESEARCH_KEY"); >= 32 bytes
        Deidentifier deid = Deidentifier.builder(key)
                .dates(DateGranularity.MONTH)          // or REPORTING_YEAR
                .pseudonymiseProviders(true)           // the default
                .build();
        try (ResearchJsonLines jsonl = ResearchJsonLines.to(Files.newBufferedWriter(dir.resolve("research.jsonl")));
                ResearchCsv csv = ResearchCsv.toDirectory(dir.resolve("research-csv"))) {
            for (SafeguardingRecord r : records) {
                ResearchRecord out = deid.deidentify(r);
                jsonl.write(out);
                csv.write(out);
            }
        }
        DataDictionary dictionary = DataDictionary.generate();
        Files.writeString(dir.resolve("dictionary.html"), DataDictionaryHtml.render(dictionary));
        DataDictionaryCsv.writeFields(dictionary, fieldsWriter);   // one row per field, allowed codes inline
        DataDictionaryCsv.writeCodes(dictionary, codesWriter);     // one row per code of every list
        // readme:end
    }
}
