package org.mspsdk.returns;

import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.Population;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Iterator;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.OrganisationRole;

/**
 * A runnable check (not a unit test) that a large number of generated records aggregate in bounded memory:
 * records are streamed from {@link SyntheticDataGenerator#stream(long)} into one {@link SacTally} and never held.
 *
 * <pre>
 * ./mvnw -B -q -pl msp-core test-compile
 * java -Xmx128m -cp msp-core/target/classes:msp-core/target/test-classes \
 *     org.mspsdk.returns.LargeAggregationRun 1000000 [seed] [partner share]
 * </pre>
 *
 * <p>With a partner share (for example 0.25), a quarter of concerns are linked journeys with one or two partner
 * records ({@link SyntheticDataGenerator.Settings#withPartnerShare(double)}).
 */
public final class LargeAggregationRun {

    private LargeAggregationRun() {
    }

    /**
     * @param args the number of records (default 1,000,000), optionally the seed (default 1) and the partner share
     *             (default 0)
     */
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        double share = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        SacSettings settings = SacSettings.of(ReportingYear.of(2025)).withGroupings(Grouping.byOrganisation(),
                Grouping.byOrganisationWithRole(OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES), Grouping.byTypeOfRisk(),
                Grouping.byQuarter());
        SacTally tally = settings.newTally();
        long start = System.nanoTime();
        Iterator<SafeguardingRecord> it = new SyntheticDataGenerator(seed,
                SyntheticDataGenerator.Settings.defaults().withPartnerShare(share)).stream(n).iterator();
        while (it.hasNext()) {
            tally.add(it.next());
        }
        SacReturn r = tally.result();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("records read: %d%n", r.recordsRead());
        System.out.printf("concerns in year: %d, s42 commenced: %d, other commenced: %d%n",
                r.total(Population.SAFEGUARDING_CONCERNS), r.total(Population.S42_ENQUIRIES),
                r.total(Population.OTHER_ENQUIRIES));
        System.out.printf("distinct people: concerns %d, s42 %d%n",
                r.total(Population.SAFEGUARDING_CONCERNS, Gender.class),
                r.total(Population.S42_ENQUIRIES, Gender.class));
        System.out.printf("sector outcomes measure: %s%n", r.measures().sectorOutcomes());
        System.out.printf("data quality: %s%n", r.dataQuality());
        System.out.printf("partnership: %s%n", r.partnership().journeys());
        System.gc();
        long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("elapsed: %.1f s (%.0f records/s); max heap %d MB; heap in use after GC with the tally"
                + " still reachable %d MB; sum of per-pool peaks (an over-estimate) %d MB%n", seconds, n / seconds,
                Runtime.getRuntime().maxMemory() >> 20, live >> 20, peakHeap >> 20);
        if (tally.recordsRead() != n) {
            throw new IllegalStateException("read " + tally.recordsRead() + " records, expected " + n);
        }
    }
}
