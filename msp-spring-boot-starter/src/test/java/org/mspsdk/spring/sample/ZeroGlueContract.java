package org.mspsdk.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a vendor's application gets from the starter alone, over real HTTP: a valid record is 201; each rule breach
 * is 400 with its rule id and JSON Pointer; each decoder rejection is 400 (never 500); malformed JSON is 400; and no
 * canary string from the record's identifiers, dates and free text is in any response body or any log line.
 * Subclasses run it under different configurations.
 */
abstract class ZeroGlueContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Values that must never leave: every canary of the document, its NHS number and dates of birth. */
    static final List<String> SECRETS = List.of("CANARY", "9434765870", "1938-02-17", "2015-03-09", "Bob", "Acacia",
            // the values the decoder-rejection cases send: a bad NHS check digit and an impossible date
            "9434765871", "1938-02-30");

    @LocalServerPort
    int port;

    private CapturedLogs logs;
    private final List<String> bodies = new ArrayList<>();

    static String valid() {
        try (InputStream in = ZeroGlueContract.class.getResourceAsStream("valid-record.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document made from the valid one by one replacement, which must be in it. */
    static String replace(String from, String to) {
        String doc = valid();
        assertThat(doc).contains(from);
        return doc.replace(from, to);
    }

    /** @return rule breaches: the document and the rule id and pointer its problem must list */
    static Map<String, String[]> ruleBreaches() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put(replace("\"1938-02-17\"", "\"2015-03-09\""), new String[] {"MSP-PER-002", "/adult/dateOfBirth"});
        m.put(replace("\"roles\": [\"lead-council\", \"recorded-outcome\"] }",
                "\"roles\": [\"recorded-outcome\"] }"), new String[] {"MSP-ORG-001", "/organisations"});
        m.put(replace("\"concludedOn\": \"2025-08-15\"", "\"concludedOn\": \"2025-06-03\""),
                new String[] {"MSP-DAT-002", "/enquiry/concludedOn"});
        m.put(replace("\"date\": \"2025-08-15\"", "\"date\": \"2099-01-01\""),
                new String[] {"MSP-DAT-003", "/questionnaires/0/date"});
        m.put(replace("\"CANARY-NOTES-lives with son Bob Smith at 12 Acacia Avenue\"",
                "\"" + "CANARY-NOTES-Bob ".repeat(700) + "\""), new String[] {"MSP-TXT-002", "/notes"});
        m.put(replace("\"CANARY-DESIRED-I want Bob to stop taking my pension\"", "\"   \""),
                new String[] {"MSP-TXT-001", "/outcomes/desiredOutcomes/0/wording"});
        m.put(replace("\"CANARY-RECORD-ID-7f3a\"", "\"CANARY-RECORD-ID-" + "x".repeat(90) + "\""),
                new String[] {"MSP-TXT-003", "/recordId"});
        m.put(replace("\"personId\": \"CANARY-PERSON-ID-51c9\"", "\"personId\": \"CANARY-PERSON\\u0007ID\""),
                new String[] {"MSP-TXT-005", "/adult/personId"});
        m.put(replace("{ \"linkId\": \"listened-to\", \"code\": \"yes-completely\" }",
                "{ \"linkId\": \"listened-to\", \"text\": \"CANARY-ANSWER-2-Bob shouts\" }"),
                new String[] {"MSP-QST-008", "/questionnaires/0/answers/0/text"});
        m.put(replace("\"wording\": \"CANARY-DESIRED-2-I still want to see my grandson on Sundays\",\n"
                + "        \"expressedBy\": { \"type\": \"adult\" }",
                "\"wording\": \"CANARY-DESIRED-2-I still want to see my grandson on Sundays\",\n"
                + "        \"expressedBy\": { \"type\": \"representative\" }"),
                new String[] {"MSP-OUT-015", "/outcomes/desiredOutcomes/1/expressedBy/representativeRole"});
        m.put(replace("\"instrumentId\": \"my-safeguarding-experience-part-2\"",
                "\"instrumentId\": \"a-council-part-2\""), new String[] {"MSP-QST-001", "/questionnaires/0/instrumentId"});
        return m;
    }

    /** @return decoder rejections: the document and the pointer its problem must name */
    static Map<String, String> decoderRejections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(replace("\"female\"", "\"CANARY-gender\""), "/adult/gender");
        m.put(replace("\"recordId\": \"CANARY-RECORD-ID-7f3a\",",
                "\"recordId\": \"CANARY-RECORD-ID-7f3a\", \"surname\": \"CANARY-Smith\","), "/(unknown-property)");
        m.put(replace("\"9434765870\"", "\"9434765871\""), "/adult/nhsNumber");
        m.put(replace("\"1938-02-17\"", "\"1938-02-30\""), "/adult/dateOfBirth");
        m.put(replace("\"CANARY-RECORD-ID-7f3a\"", "20151234"), "/recordId");
        m.put(replace("\"mspVersion\": \"1.0\"", "\"mspVersion\": \"CANARY-9\""), "/mspVersion");
        m.put(replace("\"notes\": \"CANARY-NOTES-lives with son Bob Smith at 12 Acacia Avenue\"",
                "\"notes\": null"), "/notes");
        m.put(replace("\"wording\": \"CANARY-DESIRED-I want Bob to stop taking my pension\"",
                "\"wording\": [\"CANARY-DESIRED-I want Bob to stop\"]"), "/outcomes/desiredOutcomes/0/wording");
        m.put(replace("\"CANARY-ANSWER-Nobody asked me about Bob\"", "\"CANARY-ANSWER-\u0001Bob\""),
                "/questionnaires/0/answers/4/text");
        return m;
    }

    /** @return documents that are not JSON, or not one JSON value */
    static List<String> malformed() {
        String doc = valid();
        return List.of(doc.substring(0, doc.indexOf("CANARY-NOTES") + 20),   // cut short inside the notes
                doc.replace("\"CANARY-RECORD-ID-7f3a\"", "CANARY-RECORD-ID-7f3a"), // an unquoted value
                "CANARY-NOTES-Bob Smith",                                     // not JSON at all
                doc + " CANARY-after",                                         // something after the record
                doc.replace("\"notes\":", "'CANARY-Bob': 1, \"notes\":"),         // single-quoted name
                "");                                                           // no body
    }

    @BeforeEach
    void captureLogs() {
        logs = new CapturedLogs();
    }

    @AfterEach
    void noCanaryInAnyBodyOrLogLine() {
        try {
            for (String body : bodies) {
                for (String secret : SECRETS) {
                    assertThat(body).as("a response body").doesNotContain(secret);
                }
            }
            for (String line : logs.lines()) {
                for (String secret : SECRETS) {
                    assertThat(line).as("a log line").doesNotContain(secret);
                }
            }
        } finally {
            logs.close();
        }
    }

    HttpResponse<String> post(String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/records"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            bodies.add(response.body());
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Whether the body lists an error with this rule id at this pointer. */
    static boolean lists(JsonNode body, String field, String value, String pointer) {
        for (JsonNode e : body.path("errors")) {
            if (value.equals(e.path(field).asString()) && pointer.equals(e.path("pointer").asString())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aValidRecordIsCreated() {
        assertThat(post(valid()).statusCode()).isEqualTo(201);
    }

    @Test
    void eachDecoderRejectionIs400NamingThePointer() {
        List<String> failures = new ArrayList<>();
        decoderRejections().forEach((doc, pointer) -> {
            HttpResponse<String> r = post(doc);
            if (r.statusCode() != 400 || !decodeProblemNames(r, pointer)) {
                failures.add(pointer + " -> " + r.statusCode() + " " + r.body());
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void malformedJsonIs400() {
        for (String doc : malformed()) {
            HttpResponse<String> r = post(doc);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            malformedProblem(r);
        }
    }

    @Test
    void eachRuleBreachIs400ListingItsRuleIdAndPointer() {
        List<String> failures = new ArrayList<>();
        ruleBreaches().forEach((doc, expected) -> {
            HttpResponse<String> r = post(doc);
            if (r.statusCode() != 400 || !ruleProblemLists(r, expected[0], expected[1])) {
                failures.add(expected[0] + " " + expected[1] + " -> " + r.statusCode() + " " + r.body());
            }
        });
        assertThat(failures).isEmpty();
    }

    /** Whether a decoder rejection's response names the pointer (the shape depends on the configuration). */
    abstract boolean decodeProblemNames(HttpResponse<String> response, String pointer);

    /** Whether a rule breach's response lists the rule id at the pointer. */
    abstract boolean ruleProblemLists(HttpResponse<String> response, String ruleId, String pointer);

    /** Checks the body of a malformed-JSON response. */
    abstract void malformedProblem(HttpResponse<String> response);
}
