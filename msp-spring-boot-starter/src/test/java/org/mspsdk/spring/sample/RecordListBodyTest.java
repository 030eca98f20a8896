package org.mspsdk.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A body that is a list of records ({@code List<@Valid SafeguardingRecord>}, checked by Spring MVC's method
 * validation): each error's path and pointer start with the index of the record it is in, and no value leaves.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.web.error.include-binding-errors=always")
@Import(RecordListBodyTest.BatchController.class)
class RecordListBodyTest {

    /** Takes several records at once. */
    @TestConfiguration
    static class BatchController {
        @Bean
        Batch batch() {
            return new Batch();
        }
    }

    @RestController
    static class Batch {
        @PostMapping("/records/batch")
        void create(@Valid @RequestBody List<@Valid SafeguardingRecord> records) {
            // stored here
        }
    }

    @LocalServerPort
    int port;

    @Test
    void eachErrorNamesTheIndexOfItsRecord() throws IOException, InterruptedException {
        String valid = ZeroGlueContract.valid();
        String child = ZeroGlueContract.replace("\"1938-02-17\"", "\"2015-03-09\"");
        HttpResponse<String> r;
        try (CapturedLogs logs = new CapturedLogs()) {
            r = ZeroGlueContract.HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/records/batch"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + valid + "," + child + "]", StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            for (String secret : ZeroGlueContract.SECRETS) {
                assertThat(r.body()).doesNotContain(secret);
                assertThat(logs.lines()).noneMatch(line -> line.contains(secret));
            }
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode e = ZeroGlueContract.JSON.readTree(r.body()).path("errors").path(0);
        assertThat(e.path("ruleId").asString()).isEqualTo("MSP-PER-002");
        assertThat(e.path("path").asString()).isEqualTo("[1].adult.dateOfBirth");
        assertThat(e.path("pointer").asString()).isEqualTo("/1/adult/dateOfBirth");
    }
}
