package org.mspsdk.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The Bundle being written: entries in order, each with a {@code urn:uuid:} full URL that is a name-based UUID of
 * the record id and the entry's key, so the same record always gives the same Bundle and a reference can be
 * made before its target is added.
 */
final class BundleWriter {

    private final Bundle bundle = new Bundle();
    private final String recordId;

    BundleWriter(String recordId) {
        this.recordId = recordId;
        bundle.setType(Bundle.BundleType.COLLECTION);
    }

    Bundle bundle() {
        return bundle;
    }

    String fullUrl(String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((recordId + '\u0000' + key).getBytes(StandardCharsets.UTF_8));
    }

    Reference reference(String key) {
        return new Reference(fullUrl(key));
    }

    /** Adds a resource under a key unique within the record; returns a reference to it. */
    Reference add(String key, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl(key)).setResource(resource);
        return reference(key);
    }
}
