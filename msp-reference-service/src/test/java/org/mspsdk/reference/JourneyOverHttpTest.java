package org.mspsdk.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.SafeguardingRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference service over real HTTP on localhost, against a real PostgreSQL that the test starts itself
 * (zonky's embedded PostgreSQL binaries from Maven Central; no Docker): a journey is driven through its life and
 * read back equal, every save is validated, the history is append-only, and versions are optimistic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JourneyOverHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MspJson WIRE = MspJson.strict();
    private static EmbeddedPostgres postgres;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        long start = System.nanoTime();
        postgres = EmbeddedPostgres.builder().start();
        System.out.println("embedded PostgreSQL started in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> create(SafeguardingRecord r) {
        return send("POST", "/journeys", WIRE.write(r), Map.of());
    }

    private HttpResponse<String> put(String location, String etag, SafeguardingRecord r) {
        return send("PUT", location, WIRE.write(r), etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private HttpResponse<String> get(String location) {
        return send("GET", location, null, Map.of());
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static List<String> ruleIds(HttpResponse<String> r) {
        return json(r).path("errors").valueStream().map(e -> e.path("ruleId").asString()).toList();
    }

    /** Opens a journey and returns its location and ETag. */
    private String[] open(String recordId) {
        HttpResponse<String> created = create(Journeys.concern(recordId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new String[] {created.headers().firstValue("Location").orElseThrow(), etag(created)};
    }

    @Test
    void aJourneyIsRecordedThroughItsLifeAndReadBackEqual() {
        SafeguardingRecord concern = Journeys.concern("REF-0001");
        HttpResponse<String> created = create(concern);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/journeys/[0-9a-f-]{36}").doesNotContain("REF-0001");
        assertThat(etag(created)).isEqualTo("\"1\"");
        assertThat(WIRE.read(get(location).body())).isEqualTo(concern);

        SafeguardingRecord stage = concern;
        String etag = etag(created);
        List<SafeguardingRecord> stages = List.of(Journeys.desiredOutcomes(concern),
                Journeys.negotiated(Journeys.desiredOutcomes(concern)),
                Journeys.concluded(Journeys.negotiated(Journeys.desiredOutcomes(concern))),
                Journeys.part2(Journeys.concluded(Journeys.negotiated(Journeys.desiredOutcomes(concern)))));
        long version = 1;
        for (SafeguardingRecord next : stages) {
            HttpResponse<String> saved = put(location, etag, next);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            version++;
            assertThat(etag(saved)).isEqualTo("\"" + version + "\"");
            etag = etag(saved);
            HttpResponse<String> read = get(location);
            assertThat(etag(read)).isEqualTo(etag);
            assertThat(WIRE.read(read.body())).isEqualTo(next);
            stage = next;
        }
        assertThat(version).isEqualTo(5);
        assertThat(stage.questionnaires()).hasSize(1);
        assertThat(stage.enquiry().orElseThrow().concludedOn()).isPresent();
    }

    @Test
    void recordsAreStoredAsJsonbInTheWireFormat() {
        String[] journey = open("REF-0002");
        Map<String, Object> row = jdbc.sql("select jsonb_typeof(record) as kind, record ->> 'mspVersion' as version, "
                + "record::text as text from journey where id = cast(:id as uuid)")
                .param("id", journey[0].substring("/journeys/".length())).query().singleRow();
        assertThat(row.get("kind")).isEqualTo("object");
        assertThat(row.get("version")).isEqualTo(MspJson.WIRE_VERSION);
        assertThat(WIRE.read((String) row.get("text"))).isEqualTo(Journeys.concern("REF-0002"));
    }

    @Test
    void everySaveIsValidated() {
        SafeguardingRecord child = Journeys.concern("REF-0003").toBuilder()
                .adult(Journeys.concern("REF-0003").adult().toBuilder()
                        .dateOfBirth(java.time.LocalDate.of(2015, 3, 9)).build()).build();
        HttpResponse<String> refused = create(child);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ruleIds(refused)).containsExactly("MSP-PER-002");

        String[] journey = open("REF-0003");
        SafeguardingRecord concluded = Journeys.desiredOutcomes(Journeys.concern("REF-0003"));
        SafeguardingRecord badDates = concluded.toBuilder().enquiry(concluded.enquiry().orElseThrow().toBuilder()
                .concludedOn(Journeys.RECEIVED).build()).build();
        HttpResponse<String> saved = put(journey[0], journey[1], badDates);
        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(ruleIds(saved)).contains("MSP-DAT-002");
        assertThat(json(saved).path("type").asString()).isEqualTo("urn:mspsdk:problem:invalid-record");
        assertThat(etag(get(journey[0]))).isEqualTo(journey[1]);
    }

    @Test
    void thePersonsWordsAndTheNegotiationHistoryAreOnlyAddedTo() {
        String[] journey = open("REF-0004");
        SafeguardingRecord negotiated = Journeys.negotiated(Journeys.desiredOutcomes(Journeys.concern("REF-0004")));
        HttpResponse<String> saved = put(journey[0], journey[1], negotiated);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        DesiredOutcome first = negotiated.outcomes().desiredOutcomes().get(0);
        SafeguardingRecord rewritten = negotiated.toBuilder().outcomes(negotiated.outcomes().toBuilder()
                .desiredOutcomes(List.of(new DesiredOutcome(first.id(), "What the worker thinks is best.",
                        first.expressedBy(), first.expressedOn(), first.stage(), first.category()),
                        negotiated.outcomes().desiredOutcomes().get(1)))
                .build()).build();
        HttpResponse<String> refused = put(journey[0], etag(saved), rewritten);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ruleIds(refused)).contains("MSP-OUT-018");
        assertThat(json(refused).path("errors").valueStream()
                .filter(e -> e.path("ruleId").asString().equals("MSP-OUT-018"))
                .map(e -> e.path("pointer").asString())).containsExactly("/outcomes/desiredOutcomes/0/wording");
        assertThat(WIRE.read(get(journey[0]).body())).isEqualTo(negotiated);
    }

    @Test
    void aSaveFromAStaleVersionIsRefused() {
        String[] journey = open("REF-0005");
        SafeguardingRecord next = Journeys.desiredOutcomes(Journeys.concern("REF-0005"));
        assertThat(put(journey[0], journey[1], next).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = put(journey[0], journey[1], next);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).path("type").asString()).isEqualTo("urn:mspsdk:reference:problem:stale-version");
        assertThat(put(journey[0], null, next).statusCode()).isEqualTo(428);
    }

    @Test
    void aJourneyKeepsItsRecordIdAndOneRecordIdHasOneJourney() {
        String[] journey = open("REF-0006");
        assertThat(create(Journeys.concern("REF-0006")).statusCode()).isEqualTo(409);
        HttpResponse<String> other = put(journey[0], journey[1], Journeys.concern("REF-0007"));
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(get("/journeys/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }
}
