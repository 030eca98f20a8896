package org.mspsdk.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;

import org.mspsdk.json.JsonLinesReader;
import org.mspsdk.json.MspJson;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacTally;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark 4: the SAC return from a JSON Lines dataset held in memory (decode each line into a record and add
 * it to a {@link SacTally}, then build the return), next to a bare streaming token scan of the same bytes with
 * a Jackson {@link JsonParser} (the floor for reading the file at all). One operation is the whole dataset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SacAggregationBenchmark {

    /** Records in the dataset. */
    @Param({"5000"})
    public int records;

    private final JsonFactory factory = JsonFactory.builder().build();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private byte[] dataset;

    /** Generates and encodes the dataset once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = Inputs.dataset(records);
    }

    /** Ours: stream the lines through the strict decoder into a tally, then build the return. */
    @Benchmark
    public SacReturn aggregate() {
        SacTally tally = Inputs.SAC.newTally();
        try (JsonLinesReader lines = MspJson.strict().readLines(new ByteArrayInputStream(dataset))) {
            while (lines.hasNext()) {
                tally.add(lines.next());
            }
        }
        if (tally.recordsRead() != records) {
            throw new IllegalStateException("read " + tally.recordsRead() + " records, expected " + records);
        }
        return tally.result();
    }

    /**
     * Reference (not a target): what a user without the SDK would do at least, parse each line into a plain
     * {@link JsonNode} tree. Shows how much of the gap to the token scan is the cost of materialising values at all.
     */
    @Benchmark
    public long referenceJsonNodePerLine() {
        long nodes = 0;
        try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(dataset)) {
            while (it.hasNext()) {
                nodes += it.next().size();
            }
        }
        return nodes;
    }

    /** Baseline: every token of the same bytes (the lines are a sequence of root-level values). */
    @Benchmark
    public long baselineTokenScan() {
        long tokens = 0;
        try (JsonParser p = factory.createParser(new ByteArrayInputStream(dataset))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                tokens += t.id();
            }
        }
        return tokens;
    }
}
