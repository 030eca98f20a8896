package org.mspsdk.returns;

import java.util.List;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.testing.JourneyRecords;

/**
 * A runnable measurement (not a unit test) of how a tally's memory grows with journeys: the heap in use after a
 * full collection, with the tally reachable, after adding N linked journeys of three kinds:
 * <ul>
 *   <li>{@code open}: a partner record whose lead council record never comes (the worst case: its count and id are
 *       kept until the end);</li>
 *   <li>{@code closed}: a partner record followed by its lead council record;</li>
 *   <li>{@code lead-only}: a lead council record with an episodeId and no partner record.</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -B -q -pl msp-core test-compile
 * java -Xmx512m -cp msp-core/target/classes:msp-core/target/test-classes org.mspsdk.returns.JourneyMemoryRun
 * </pre>
 */
public final class JourneyMemoryRun {

    private JourneyMemoryRun() {
    }

    /** @param args the journey counts to measure (default 0, 100000, 200000, 400000) */
    public static void main(String[] args) {
        long[] sizes = args.length == 0 ? new long[] {0, 100_000, 200_000, 400_000}
                : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        SafeguardingRecord hospital = JourneyRecords.hospital();
        SafeguardingRecord council = JourneyRecords.council();
        for (String kind : List.of("open", "closed", "lead-only")) {
            long base = -1;
            for (long n : sizes) {
                SacTally t = SacSettings.of(ReportingYear.of(2025)).withGroupings(Grouping.byOrganisation()).newTally();
                for (long i = 0; i < n; i++) {
                    String episode = "EP-2025-" + i;
                    if (!kind.equals("lead-only")) {
                        t.add(hospital.toBuilder().recordId(String.format("SYN-RXX01-%09d", i)).episodeId(episode)
                                .build());
                    }
                    if (!kind.equals("open")) {
                        t.add(council.toBuilder().recordId(String.format("SYN-C-%09d", i)).episodeId(episode).build());
                    }
                }
                long used = used();
                if (base < 0) {
                    base = used;
                }
                System.out.printf("%-9s %,9d journeys: heap in use %,6d KB, %s bytes per journey (open now: %d)%n",
                        kind, n, used >> 10, n == 0 ? "-" : String.valueOf((used - base) / n),
                        t.result().partnership().journeys().partnerRecordsWithoutLead());
                reach(t);
            }
        }
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static volatile Object sink;

    private static void reach(Object o) {
        sink = o;
        sink = null;
    }
}
