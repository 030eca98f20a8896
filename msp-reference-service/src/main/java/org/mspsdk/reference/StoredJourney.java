package org.mspsdk.reference;

import java.util.Objects;
import java.util.UUID;
import org.mspsdk.model.SafeguardingRecord;

/**
 * One journey as stored: the service's own id (never the record id, which is personal data and stays out of URLs
 * and logs), the version for optimistic locking, and the record.
 *
 * @param id      the journey id
 * @param version 1 when created, one more at every save
 * @param record  the latest record
 */
public record StoredJourney(UUID id, long version, SafeguardingRecord record) {

    /** Checks the parts. */
    public StoredJourney {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
    }

    /** @return the version as a strong entity tag, {@code "3"} */
    public String etag() {
        return "\"" + version + "\"";
    }
}
