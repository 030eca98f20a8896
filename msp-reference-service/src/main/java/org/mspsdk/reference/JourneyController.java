package org.mspsdk.reference;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The journey API. Bodies are records in the MSP wire format (the starter's Jackson module); MSP failures are
 * answered by the starter as RFC 9457 problems (400) listing rule ids and pointers.
 *
 * <table>
 * <caption>Endpoints</caption>
 * <tr><th>request</th><th>answer</th></tr>
 * <tr><td>{@code POST /journeys} with a record (a concern, at first)</td><td>201, {@code Location}, {@code ETag}; 400 when
 *     a rule is broken ({@code @Valid}); 409 when a journey has the record id already</td></tr>
 * <tr><td>{@code GET /journeys/{id}}</td><td>200 with the record and its {@code ETag}; 404</td></tr>
 * <tr><td>{@code PUT /journeys/{id}} with {@code If-Match} and the whole record at its next stage (desired outcomes
 *     added, the negotiation, the conclusion, the Part 2 questionnaire)</td><td>200 with the new {@code ETag}; 400
 *     when a rule is broken or the person's words or the negotiation history were changed rather than added to
 *     ({@code Validator.validateUpdate}, rule MSP-OUT-018) or the record id changed; 412 when the journey was saved
 *     since the caller read it; 428 without {@code If-Match}; 404</td></tr>
 * </table>
 */
@RestController
@RequestMapping("/journeys")
public class JourneyController {

    private static final String PROBLEM_TYPE = "urn:mspsdk:reference:problem:";

    private final JourneyStore store;
    private final Validator validator;

    JourneyController(JourneyStore store, Validator validator) {
        this.store = store;
        this.validator = validator;
    }

    /**
     * Opens a journey.
     *
     * @param record the first record, usually a concern
     * @return 201 with where the journey is and its version
     */
    @PostMapping
    public ResponseEntity<Object> create(@Valid @RequestBody SafeguardingRecord record) {
        Optional<StoredJourney> journey = store.create(record);
        if (journey.isEmpty()) {
            return problem(HttpStatus.CONFLICT, "duplicate-record", "A journey with this record id exists already");
        }
        return ResponseEntity.created(URI.create("/journeys/" + journey.get().id())).eTag(journey.get().etag())
                .body(summary(journey.get()));
    }

    /**
     * @param id the journey id
     * @return the latest record and its version
     */
    @GetMapping("/{id}")
    public ResponseEntity<Object> read(@PathVariable UUID id) {
        Optional<StoredJourney> journey = store.find(id);
        if (journey.isEmpty()) {
            return notFound();
        }
        return ResponseEntity.ok().eTag(journey.get().etag()).body(journey.get().record());
    }

    /**
     * Saves the journey's next stage. Every rule is checked on the whole record, and the person's words and the
     * negotiation history may only be added to ({@link Validator#validateUpdate}); the report's errors become a 400
     * problem through the starter ({@code orThrow()}).
     *
     * @param id      the journey id
     * @param ifMatch the {@code ETag} the caller read
     * @param next    the record at its next stage
     * @return the new version
     */
    @PutMapping("/{id}")
    public ResponseEntity<Object> save(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody SafeguardingRecord next) {
        if (ifMatch == null) {
            return problem(HttpStatus.PRECONDITION_REQUIRED, "version-required",
                    "Send If-Match with the ETag of the version you edited");
        }
        Optional<StoredJourney> stored = store.find(id);
        if (stored.isEmpty()) {
            return notFound();
        }
        long version = version(ifMatch);
        if (version != stored.get().version()) {
            return stale();
        }
        if (!next.recordId().equals(stored.get().record().recordId())) {
            return problem(HttpStatus.BAD_REQUEST, "record-id-changed", "The record id of a journey cannot change");
        }
        validator.validateUpdate(stored.get().record(), next).orThrow();
        Optional<StoredJourney> saved = store.update(id, version, next);
        if (saved.isEmpty()) {
            return stale();
        }
        return ResponseEntity.ok().eTag(saved.get().etag()).body(summary(saved.get()));
    }

    private static long version(String etag) {
        String v = etag.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, Object> summary(StoredJourney journey) {
        return Map.of("id", journey.id().toString(), "version", journey.version());
    }

    private static ResponseEntity<Object> stale() {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "The journey was saved since that version: read it again and reapply your change");
    }

    private static ResponseEntity<Object> notFound() {
        return problem(HttpStatus.NOT_FOUND, "no-journey", "There is no journey with this id");
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(PROBLEM_TYPE + type));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
