package org.mspsdk.fhir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;

/** The partnership fields are not mapped yet: a record holding them is refused, never sent without them. */
class UnmappedJourneyFieldsTest {

    @Test
    void aPartnerRecordIsRefusedNamingTheFieldNotSilentlyStripped() throws Exception {
        SafeguardingRecord hospital = MspJson.strict().read(Files.readString(
                Path.of("..", "schema", "examples", "journey", "1-hospital.json")));
        assertThatThrownBy(() -> Fixtures.FHIR.toBundle(hospital)).isInstanceOf(FhirMappingException.class)
                .hasMessageContaining("episodeId").hasMessageContaining("not mapped to FHIR yet");
        // the council's own record: no recordedBy of its own, but a desired outcome the hospital recorded
        SafeguardingRecord council = MspJson.strict().read(Files.readString(
                Path.of("..", "schema", "examples", "journey", "2-council.json")));
        SafeguardingRecord attributedOnly = council.toBuilder().episodeId(null).build();
        assertThatThrownBy(() -> Fixtures.FHIR.toBundle(attributedOnly)).isInstanceOf(FhirMappingException.class)
                .hasMessageContaining(".recordedBy");
    }
}
