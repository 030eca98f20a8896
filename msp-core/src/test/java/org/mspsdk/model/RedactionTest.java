package org.mspsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.testing.CanaryRecords;

class RedactionTest {

    @Test
    void toStringOfTheRecordAndEveryPartContainsNoCanary() {
        SafeguardingRecord r = CanaryRecords.record();
        List<Object> parts = new ArrayList<>();
        parts.add(r);
        parts.add(r.adult());
        parts.add(r.adult().nhsNumber().orElseThrow());
        parts.add(r.concern());
        parts.add(r.enquiry().orElseThrow());
        parts.add(r.outcomes());
        parts.addAll(r.outcomes().desiredOutcomes());
        parts.addAll(r.outcomes().negotiatedOutcomes());
        r.outcomes().negotiatedOutcomes().forEach(n -> parts.addAll(n.revisions()));
        parts.addAll(r.questionnaires());
        r.questionnaires().forEach(q -> parts.addAll(q.answers()));
        parts.add(r.toBuilder());
        for (Object part : parts) {
            String text = part.toString();
            for (String canary : CanaryRecords.ALL) {
                assertThat(text).as(part.getClass().getSimpleName() + ".toString()").doesNotContain(canary);
            }
        }
    }

    @Test
    void redactedToStringStillSaysWhatIsThere() {
        String text = CanaryRecords.record().toString();
        assertThat(text).contains("recordId=redacted", "notes=redacted", "desiredOutcomes=1", "s42 concluded");
    }
}
