package org.mspsdk.partnership;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mspsdk.model.SafeguardingRecord;

/**
 * The records of one safeguarding journey: those sharing an {@code episodeId}, or a single record without one.
 * Every record is kept whole, in the order it was given.
 *
 * @param episodeId the shared reference, empty for a record not linked to others (an identifier: not shown by
 *                  {@link #toString()})
 * @param records   the records, at least one
 */
public record Journey(Optional<String> episodeId, List<SafeguardingRecord> records) {

    /** Checks and copies. */
    public Journey {
        Objects.requireNonNull(episodeId, "episodeId");
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a journey has at least one record");
        }
    }

    /** @return the lead council's records (normally one: a journey with none is not a council concern) */
    public List<SafeguardingRecord> leadRecords() {
        return records.stream().filter(SafeguardingRecord::isLeadRecord).toList();
    }

    /** @return the partners' records */
    public List<SafeguardingRecord> partnerRecords() {
        return records.stream().filter(SafeguardingRecord::isPartnerRecord).toList();
    }

    @Override
    public String toString() {
        return "Journey[episodeId=" + (episodeId.isPresent() ? "redacted" : "none") + ", records=" + records.size()
                + ", leadRecords=" + leadRecords().size() + "]";
    }
}
