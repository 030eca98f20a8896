package org.mspsdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/** The README's FHIR block, compiled and run here (ReadmeSnippetsTest checks the README quotes it verbatim). */
class ReadmeFhirExampleTest {

    @Test
    void theReadmeBlockTurnsARecordIntoABundleAndBack() {
        SafeguardingRecord record = new SyntheticDataGenerator(3).next();
        // readme:begin fhir
        MspFhir fhir = MspFhir.create();
        Bundle bundle = fhir.toBundle(record);                 // or fhir.toJson(record): one NDJSON line
        SafeguardingRecord back = fhir.fromBundle(bundle);     // equals MspFhir.carried(record)
        // readme:end
        assertThat(back).isEqualTo(MspFhir.carried(record));
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType()).contains("Patient");
    }
}
