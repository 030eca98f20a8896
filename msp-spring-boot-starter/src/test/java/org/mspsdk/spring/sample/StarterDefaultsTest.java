package org.mspsdk.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mspsdk.spring.MspProblems;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The starter with nothing else: no bean of the application's own, and Boot's error page set to show everything it
 * can ({@code include-binding-errors=always} was the setting that returned dates of birth and free text).
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.web.error.include-binding-errors=always", "spring.web.error.include-message=always",
            "spring.web.error.include-exception=true", "spring.web.error.include-stacktrace=always"})
class StarterDefaultsTest extends ZeroGlueContract {

    @Override
    boolean decodeProblemNames(HttpResponse<String> response, String pointer) {
        JsonNode body = json(response);
        return isProblem(response) && MspProblems.UNDECODABLE_RECORD.equals(body.path("type").asString())
                && pointer.equals(body.path("errors").path(0).path("pointer").asString())
                && body.path("errors").path(0).path("line").asInt() > 0
                && body.path("errors").path(0).path("column").asInt() > 0;
    }

    @Override
    boolean ruleProblemLists(HttpResponse<String> response, String ruleId, String pointer) {
        JsonNode body = json(response);
        return isProblem(response) && MspProblems.INVALID_RECORD.equals(body.path("type").asString())
                && lists(body, "ruleId", ruleId, pointer);
    }

    @Override
    void malformedProblem(HttpResponse<String> response) {
        assertThat(isProblem(response)).as(response.body()).isTrue();
        assertThat(json(response).path("type").asString()).isEqualTo(MspProblems.UNDECODABLE_RECORD);
    }

    static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    @Test
    void aRuleProblemGivesRuleIdSeverityPathPointerAndMessageForEachError() {
        HttpResponse<String> r = post(replace("\"1938-02-17\"", "\"2015-03-09\""));
        JsonNode body = json(r);
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("title").asString()).isEqualTo("The record breaks MSP validation rules");
        assertThat(body.path("detail").asString()).isEqualTo("1 rule violation: MSP-PER-002");
        JsonNode e = body.path("errors").path(0);
        assertThat(e.propertyNames()).containsExactly("ruleId", "severity", "path", "pointer", "message");
        assertThat(e.path("ruleId").asString()).isEqualTo("MSP-PER-002");
        assertThat(e.path("severity").asString()).isEqualTo("ERROR");
        assertThat(e.path("path").asString()).isEqualTo("adult.dateOfBirth");
        assertThat(e.path("pointer").asString()).isEqualTo("/adult/dateOfBirth");
        assertThat(e.path("message").asString()).isNotBlank().doesNotStartWith("MSP-");
    }

    @Test
    void aDecodeProblemGivesPointerLineColumnMessageAndExpectedForm() {
        HttpResponse<String> r = post(replace("\"female\"", "\"CANARY-gender\""));
        JsonNode e = json(r).path("errors").path(0);
        assertThat(e.propertyNames()).containsExactly("pointer", "line", "column", "message", "expected");
        assertThat(e.path("line").asInt()).isEqualTo(8);
        assertThat(json(r).path("detail").asString()).startsWith("/adult/gender: ").contains("(line 8, column");
    }
}
