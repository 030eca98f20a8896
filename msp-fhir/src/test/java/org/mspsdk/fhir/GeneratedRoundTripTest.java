package org.mspsdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.mspsdk.fhir.validation.FhirIssue;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/**
 * Ten thousand generated records (the SDK's seeded generator, several seeds) go record to Bundle to record (one in
 * five through an NDJSON line) and come back equal; a spread of them validates with HAPI's validator without error. A failure names
 * the seed and the index of the record.
 */
class GeneratedRoundTripTest {

    static final long[] SEEDS = {1, 19, 2025, 424242, 7_000_001};
    static final int PER_SEED = 2_000;
    /** At most this many Bundles are validated (HAPI's validator takes about a second a Bundle here). */
    static final int MAX_VALIDATED = 30;

    @Test
    void tenThousandGeneratedRecordsRoundTripEqual() {
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (long seed : SEEDS) {
            SyntheticDataGenerator gen = new SyntheticDataGenerator(seed);
            for (int i = 0; i < PER_SEED; i++) {
                SafeguardingRecord r = gen.next();
                // every fifth through NDJSON text (HAPI's JSON is the slow part), the rest as Bundle objects
                SafeguardingRecord back = i % 5 == 0 ? Fixtures.FHIR.fromJson(Fixtures.FHIR.toJson(r))
                        : Fixtures.FHIR.fromBundle(Fixtures.FHIR.toBundle(r));
                if (!back.equals(MspFhir.carried(r))) {
                    failures.add("seed " + seed + " record " + i);
                }
                count++;
            }
        }
        assertThat(count).isEqualTo(10_000);
        assertThat(failures).as("records that did not round-trip equal").isEmpty();
    }

    /**
     * The first generated record of each shape (enquiry type and state, consent, who expressed the outcomes,
     * revisions, who judged achievement, questionnaire states) is validated: every path through the mapping
     * without validating thousands of near-identical Bundles.
     */
    @Test
    void oneGeneratedBundleOfEachShapeValidatesWithoutError() {
        List<String> failures = new ArrayList<>();
        Set<String> shapes = new HashSet<>();
        for (long seed : SEEDS) {
            SyntheticDataGenerator gen = new SyntheticDataGenerator(seed);
            for (int i = 0; i < PER_SEED && shapes.size() < MAX_VALIDATED; i++) {
                SafeguardingRecord r = gen.next();
                if (!shapes.add(shape(r))) {
                    continue;
                }
                Bundle b = Fixtures.FHIR.toBundle(r);
                for (FhirIssue issue : Fixtures.errors(b)) {
                    failures.add("seed " + seed + " record " + i + ": " + issue + " " + issue.message());
                }
            }
        }
        assertThat(shapes).hasSizeGreaterThan(15);
        assertThat(failures).isEmpty();
    }

    static String shape(SafeguardingRecord r) {
        return r.enquiry().map(e -> e.type().code() + (e.isConcluded() ? "/concluded" : "/open")
                + e.consent().map(c -> c.actionWithoutConsent() ? "/without-consent" : "/consent").orElse(""))
                .orElse("no-enquiry")
                + " " + r.outcomes().desiredOutcomes().stream().map(d -> d.expressedBy().type().code())
                        .collect(Collectors.toCollection(TreeSet::new))
                + " " + r.outcomes().negotiatedOutcomes().stream().map(n -> (n.revisions().size() > 1 ? "revised" : "")
                        + n.achievement().map(a -> "/" + a.judgedBy().code()).orElse(""))
                        .collect(Collectors.toCollection(TreeSet::new))
                + " " + r.questionnaires().stream().map(q -> q.instrumentId() + "/" + q.status().code())
                        .collect(Collectors.toCollection(TreeSet::new));
    }
}
