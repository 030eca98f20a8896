package org.mspsdk.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.schema.SchemaFinding;
import org.mspsdk.schema.SchemaValidator;
import org.mspsdk.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One record document, decoded, validated and encoded by the SDK, next to what a user would otherwise run on
 * the same bytes: a bare Jackson parse into a {@link JsonNode} tree (the floor for reading JSON at all), JSON
 * Schema validation alone (what a non-Java integrator would run), and Jackson writing an equivalent plain tree.
 * Each benchmark returns its result so that nothing is optimised away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordBenchmarks {

    /** Which input: {@code typical} or {@code large} (see {@link Inputs}). */
    @Param({"typical", "large"})
    public String input;

    private final MspJson json = MspJson.strict();
    private final SchemaValidator schema = SchemaValidator.forRecords();
    /** A plain mapper with Jackson's defaults: what "a bare parse" means. */
    private final JsonMapper mapper = JsonMapper.builder().build();
    private byte[] bytes;
    private SafeguardingRecord record;
    private JsonNode tree;

    /** Builds the input once per trial and checks that the baselines see the same document. */
    @Setup(Level.Trial)
    public void setUp() {
        record = Inputs.record(input);
        bytes = json.writeBytes(record);
        tree = mapper.readTree(bytes);
        if (!mapper.readTree(mapper.writeValueAsBytes(tree)).equals(mapper.readTree(bytes))) {
            throw new IllegalStateException("the plain tree does not write the same document");
        }
    }

    /** Benchmarks 1, 2 and 5 (ours): decode the bytes into a record and validate it (SAC-complete profile). */
    @Benchmark
    public ValidationReport decodeAndValidate() {
        SafeguardingRecord r = json.read(bytes);
        ValidationReport report = Inputs.VALIDATOR.validate(r);
        if (!report.isValid()) {
            throw new IllegalStateException("input not valid");
        }
        return report;
    }

    /** Benchmarks 1 and 5 (baseline): a bare Jackson parse of the same bytes into a tree. */
    @Benchmark
    public JsonNode baselineJsonNodeParse() {
        return mapper.readTree(bytes);
    }

    /** Benchmark 2 (baseline): validate the same bytes with the JSON Schema validator alone (parse included). */
    @Benchmark
    public List<SchemaFinding> baselineSchemaValidate() {
        List<SchemaFinding> findings = schema.validate(bytes);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("input not valid");
        }
        return findings;
    }

    /** Benchmark 3 (ours): encode the record to UTF-8 bytes. */
    @Benchmark
    public byte[] encode() {
        return json.writeBytes(record);
    }

    /** Benchmark 3 (baseline): Jackson writes a pre-built tree of the same document to UTF-8 bytes. */
    @Benchmark
    public byte[] baselineTreeWrite() {
        return mapper.writeValueAsBytes(tree);
    }
}
