package org.mspsdk.reference;

import java.util.Optional;
import java.util.UUID;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journeys in PostgreSQL (table {@code journey}, see {@code schema.sql}): each record as {@code jsonb}, written and
 * read by the SDK's codec ({@link MspJson}, the starter's bean), so the database holds exactly the wire format and
 * any tool that reads JSON can query it ({@code record->'outcomes'}). An update names the version it replaces and
 * changes nothing when another save came first.
 */
@Repository
public class JourneyStore {

    private final JdbcClient jdbc;
    private final MspJson json;

    JourneyStore(JdbcClient jdbc, MspJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores a new journey. A record id that has a journey already is not an error in the database (which would
     * log the key, a record id, in its own log and in the driver's exception): the insert does nothing instead.
     *
     * @param record a validated record
     * @return the stored journey, version 1; empty when a journey has this record id already
     */
    @Transactional
    public Optional<StoredJourney> create(SafeguardingRecord record) {
        UUID id = UUID.randomUUID();
        int rows = jdbc.sql("insert into journey (id, version, record) values (:id, 1, cast(:record as jsonb)) "
                + "on conflict ((record ->> 'recordId')) do nothing")
                .param("id", id).param("record", json.write(record)).update();
        return rows == 1 ? Optional.of(new StoredJourney(id, 1, record)) : Optional.empty();
    }

    /**
     * @param id a journey id
     * @return the journey, or empty when there is none
     */
    @Transactional(readOnly = true)
    public Optional<StoredJourney> find(UUID id) {
        return jdbc.sql("select version, record::text as record from journey where id = :id").param("id", id)
                .query((rs, n) -> new StoredJourney(id, rs.getLong("version"), json.read(rs.getString("record"))))
                .optional();
    }

    /**
     * Saves a record over the version it was edited from.
     *
     * @param id       the journey id
     * @param replaces the version the caller read
     * @param record   the validated record
     * @return the saved journey, or empty when the stored version is no longer {@code replaces}
     */
    @Transactional
    public Optional<StoredJourney> update(UUID id, long replaces, SafeguardingRecord record) {
        int rows = jdbc.sql("update journey set version = version + 1, record = cast(:record as jsonb), "
                + "updated_at = now() where id = :id and version = :version")
                .param("record", json.write(record)).param("id", id).param("version", replaces).update();
        return rows == 1 ? Optional.of(new StoredJourney(id, replaces + 1, record)) : Optional.empty();
    }
}
