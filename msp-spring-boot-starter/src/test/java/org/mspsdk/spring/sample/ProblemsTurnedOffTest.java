package org.mspsdk.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * An application that turned the starter's problem responses off ({@code msp.problems.enabled=false}) and shows
 * binding errors and messages on Boot's error page: Spring's own handling answers, still 400, and still without a
 * value: the decoder's messages hold none, and the starter's validator never reads the rejected value of an MSP
 * violation. Jackson's own message for a body that is not JSON at all quotes no content either, since the
 * starter's mapper builder limits it ({@code msp.json.redact-parse-errors}).
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"msp.problems.enabled=false", "spring.web.error.include-binding-errors=always",
            "spring.web.error.include-message=always"})
class ProblemsTurnedOffTest extends ZeroGlueContract {

    @Override
    boolean decodeProblemNames(HttpResponse<String> response, String pointer) {
        return json(response).path("message").asString().contains(pointer);
    }

    @Override
    boolean ruleProblemLists(HttpResponse<String> response, String ruleId, String pointer) {
        for (JsonNode e : json(response).path("errors")) {
            String field = e.path("field").asString();
            String asPointer = "/" + field.replace("[", ".").replace("]", "").replace('.', '/');
            if (e.path("defaultMessage").asString().startsWith(ruleId + ": ") && asPointer.equals(pointer)) {
                assertThat(e.has("rejectedValue")).isTrue();
                assertThat(e.path("rejectedValue").isNull()).as(e.toString()).isTrue();
                return true;
            }
        }
        return false;
    }

    @Override
    void malformedProblem(HttpResponse<String> response) {
        // Spring's own error page; Jackson's message in it quotes no content (msp.json.redact-parse-errors)
        assertThat(json(response).path("status").asInt()).isEqualTo(400);
    }
}
