package org.mspsdk.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mspsdk.imports.ImportSummary;
import org.mspsdk.imports.Importer;
import org.mspsdk.imports.Mapping;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 5: {@code msp import} of a flat Windows-1252 CSV extract (24 columns, local codes through value maps,
 * UK dates, two numbered risk items and a desired outcome per row) into records, next to a bare Commons CSV parse
 * of the same file with the same charset that touches every cell (the floor for reading the file at all). One
 * operation is the whole file; rows per second is the score times {@link #rows}.
 *
 * <p>Run both side by side and print rows per second and the ratio:
 * {@code java -cp msp-benchmarks/target/benchmarks.jar org.mspsdk.benchmarks.ImportBenchmark [rows]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Dlog4j2.loggerContextFactory="
        + "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class ImportBenchmark {

    /** Rows in the extract. */
    @Param({"100000"})
    public int rows;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static final String MAPPING = """
            msp-mapping: 1
            sources:
              cases: {file: cases.csv, encoding: windows-1252}
            defaults:
              date-formats: [dd/MM/yyyy]
              blank-values: ["", "NULL", "n/a"]
            record:
              source: cases
              fields:
                recordId: CaseRef
                adult.personId: ClientID
                adult.dateOfBirth: DOB
                adult.gender: {column: Sex, values: {M: male, F: female, U: not-known}}
                adult.ethnicity: {column: Ethnic, values: {WBRI: white, ABAN: asian, BCRB: black, MWBC: mixed, NOBT: not-known}}
                concern.receivedOn: Referral Date
                concern.raisedBy: {column: Referrer, values: {FAM: family, CP: care-provider, NHS: nhs, POL: police, SELF: self}}
                concern.outcome: {column: Decision, values: {S42: s42-enquiry, OTH: other-enquiry, NFA: no-enquiry}}
                enquiry.type: {column: Decision, values: {S42: s42, OTH: other, NFA: ~}, lookup: none}
                enquiry.commencedOn: Enq Start
                enquiry.concludedOn: Enq End
                enquiry.result: {column: Result, values: {RIA: risk-identified-action, RINA: risk-identified-no-action, NRNA: no-risk-no-action}}
                enquiry.riskOutcome: {column: Risk Outcome, values: {RED: reduced, REM: removed, REMAIN: remained}}
                enquiry.mentalCapacity.lackedCapacity: {column: Lacks Capacity, values: {Y: lacked, N: did-not-lack, DK: dont-know}}
                outcomes.asked: {column: MSP Asked, values: {Y: asked-expressed, N: asked-not-expressed, X: not-asked}}
                outcomes.enquiryAchievement: {column: MSP Achieved, values: {F: fully-achieved, P: partially-achieved, N: not-achieved}}
                notes: Comments
              lists:
                organisations:
                  - fields: {code: {constant: E08000001}, type: {constant: local-authority}, roles: {constant: lead-council}}
                enquiry.riskItems:
                  - fields:
                      type: {column: Risk1, values: {FIN: financial-material, PHY: physical, NEG: neglect, PSY: psychological}}
                      location: {column: Risk1 Where, values: {HOME: own-home, CHR: care-home-residential, COMM: community}}
                      source: {column: Risk1 Who, values: {K: known, SP: service-provider, U: unknown}}
                  - fields:
                      type: {column: Risk2, values: {FIN: financial-material, PHY: physical, NEG: neglect, PSY: psychological}}
                      location: {column: Risk2 Where, values: {HOME: own-home, CHR: care-home-residential, COMM: community}}
                      source: {column: Risk2 Who, values: {K: known, SP: service-provider, U: unknown}}
                outcomes.desiredOutcomes:
                  - fields:
                      id: {constant: d1}
                      wording: Wish
                      expressedBy.type: {constant: adult}
                      expressedOn: Wish Date
                      stage: {constant: enquiry-start}
            """;

    private static final String HEADER = "CaseRef,ClientID,DOB,Sex,Ethnic,Referral Date,Referrer,Decision,Enq Start,"
            + "Enq End,Result,Risk Outcome,Lacks Capacity,MSP Asked,MSP Achieved,Risk1,Risk1 Where,Risk1 Who,Risk2,"
            + "Risk2 Where,Risk2 Who,Wish,Wish Date,Comments\r\n";
    /** Row shapes from the flat CSV example; {@code %d} is the row number. */
    private static final String[] ROWS = {
        "A-%d,CL-%d,02/05/1941,F,WBRI,02/06/2025,FAM,S42,03/06/2025,15/08/2025,RIA,RED,N,Y,F,FIN,HOME,K,PSY,HOME,K,"
            + "I want my grandson to stop taking my pension,03/06/2025,\"Daughter says \u201cstop\u201d \u2013 caf\u00e9\"",
        "A-%d,CL-%d,17/11/1958,M,ABAN,10/07/2025,CP,S42,11/07/2025,30/09/2025,RIA,REM,N,N,,NEG,CHR,SP,,,,,,"
            + "Care home staff; r\u00e9sum\u00e9 of actions",
        "A-%d,CL-%d,01/01/1939,F,BCRB,05/09/2025,NHS,S42,08/09/2025,NULL,n/a,,DK,Y,,PHY,COMM,U,,,,"
            + "\"To feel safe going out, \"\"not scared\"\"\",08/09/2025,Open enquiry",
        "A-%d,CL-%d,23/03/1970,U,NOBT,12/10/2025,SELF,NFA,,,,,,,,,,,,,,,,No enquiry \u2013 advice given",
    };

    private Path dir;
    private Path file;
    private Importer importer;

    /** Writes the extract to a temporary file once per trial. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("msp-import-bench");
        file = dir.resolve("cases.csv");
        try (Writer w = Files.newBufferedWriter(file, WINDOWS_1252)) {
            w.write(HEADER);
            for (int i = 0; i < rows; i++) {
                w.write(String.format(Locale.ROOT, ROWS[i % ROWS.length], i, i % 50_000));
                w.write("\r\n");
            }
        }
        importer = Importer.builder(Mapping.parse(MAPPING, "bench.yaml")).build();
    }

    /** Removes the extract. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** Ours: map every row onto a record (no validation), counting the records made. */
    @Benchmark
    public long mapped() {
        long[] made = new long[1];
        ImportSummary s = importer.run(List.of(file), r -> made[0] += r.record().recordId().length() > 0 ? 1 : 0,
                issue -> {
                    throw new IllegalStateException("unexpected issue: " + issue.describe());
                });
        if (s.records() != rows) {
            throw new IllegalStateException("made " + s.records() + " records, expected " + rows);
        }
        return made[0];
    }

    /** Baseline: the same file through Commons CSV with the same charset, every cell touched. */
    @Benchmark
    public long bareParse() throws IOException {
        long chars = 0;
        long n = 0;
        try (Reader in = Files.newBufferedReader(file, WINDOWS_1252);
                CSVParser p = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(in)) {
            for (CSVRecord r : p) {
                for (String cell : r) {
                    chars += cell.length();
                }
                n++;
            }
        }
        if (n != rows + 1L) {
            throw new IllegalStateException("parsed " + n + " rows, expected " + (rows + 1));
        }
        return chars;
    }

    /**
     * Runs both benchmarks in one JMH run and prints rows per second and the ratio.
     *
     * @param args optionally the number of rows (default 100,000)
     * @throws Exception when JMH fails
     */
    public static void main(String[] args) throws Exception {
        String rowCount = args.length > 0 ? args[0] : "100000";
        var results = new Runner(new OptionsBuilder().include(ImportBenchmark.class.getName() + "\\.")
                .param("rows", rowCount).build()).run();
        double mapped = 0;
        double bare = 0;
        for (RunResult r : results) {
            double ops = r.getPrimaryResult().getScore();
            if (r.getParams().getBenchmark().endsWith(".mapped")) {
                mapped = ops;
            } else {
                bare = ops;
            }
        }
        int n = Integer.parseInt(rowCount);
        System.out.printf(Locale.ROOT, "%nimport of %,d rows: mapped %,.0f rows/s, bare Commons CSV parse %,.0f rows/s,"
                + " mapped/bare = %.2f%n", n, mapped * n, bare * n, mapped / bare);
    }
}
