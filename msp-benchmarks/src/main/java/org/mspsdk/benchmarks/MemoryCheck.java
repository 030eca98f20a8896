package org.mspsdk.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

import org.mspsdk.json.JsonLinesReader;
import org.mspsdk.json.MspJson;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * The "flat memory" check of SAC aggregation: streams a JSON Lines dataset that is generated while it is read
 * (never held in memory) through the strict reader into one {@link SacTally}, and at checkpoints measures the
 * heap still in use after a full collection. Run it with a small heap ({@code -Xmx128m}); it writes its
 * measurements as JSON for {@link ResultsReport}.
 *
 * <p>Usage: {@code java -Xmx128m -cp benchmarks.jar org.mspsdk.benchmarks.MemoryCheck OUT.json [records]}
 */
public final class MemoryCheck {

    private MemoryCheck() {
    }

    /**
     * @param args the output file, then optionally the number of records (default 200000)
     * @throws IOException when the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        List<Integer> checkpoints = List.of(total / 8, total / 4, total / 2, total);
        SyntheticDataGenerator gen = new SyntheticDataGenerator(Inputs.SEED);
        MspJson json = MspJson.strict();
        long[] bytesStreamed = {0};
        InputStream lines = new SequenceInputStream(new Enumeration<InputStream>() {
            private int made;

            @Override
            public boolean hasMoreElements() {
                return made < total;
            }

            @Override
            public InputStream nextElement() {
                made++;
                byte[] doc = json.writeBytes(gen.next());
                byte[] line = new byte[doc.length + 1];
                System.arraycopy(doc, 0, line, 0, doc.length);
                line[doc.length] = '\n';
                bytesStreamed[0] += line.length;
                return new ByteArrayInputStream(line);
            }
        });

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = retained(memory);
        SacTally tally = Inputs.SAC.newTally();
        List<Map<String, Object>> points = new ArrayList<>();
        long started = System.nanoTime();
        try (JsonLinesReader reader = json.readLines(lines)) {
            int read = 0;
            while (reader.hasNext()) {
                tally.add(reader.next());
                read++;
                if (checkpoints.contains(read)) {
                    Map<String, Object> point = new LinkedHashMap<>();
                    point.put("records", read);
                    point.put("bytesStreamed", bytesStreamed[0]);
                    point.put("retainedHeapBytes", retained(memory) - baseline);
                    points.add(point);
                    System.out.printf("%,d records (%,d bytes streamed): %,d bytes retained%n", read,
                            bytesStreamed[0], (Long) point.get("retainedHeapBytes"));
                }
            }
        }
        SacReturn result = tally.result();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("records", total);
        doc.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        doc.put("seconds", (System.nanoTime() - started) / 1e9);
        doc.put("recordsRead", tally.recordsRead());
        doc.put("resultHash", result.hashCode());
        doc.put("checkpoints", points);
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, mapper.writeValueAsString(doc) + "\n");
    }

    /** Heap in use after full collections (repeated until it stops falling). */
    private static long retained(MemoryMXBean memory) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            best = Math.min(best, memory.getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
