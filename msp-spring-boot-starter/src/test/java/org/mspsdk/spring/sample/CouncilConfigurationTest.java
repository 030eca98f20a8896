package org.mspsdk.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mspsdk.instrument.AnswerOption;
import org.mspsdk.instrument.AnswerScale;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.RecordingStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A council's application: its own {@link Clock} and its own local questionnaire in an {@link InstrumentCatalogue}
 * bean (the documented way to add one; still no glue), Boot's problem details switched on, and Spring's web layer
 * logging at DEBUG.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mvc.problemdetails.enabled=true", "logging.level.org.springframework.web=DEBUG",
            "logging.level.org.mspsdk=DEBUG", "spring.web.error.include-binding-errors=always"})
@Import(CouncilConfigurationTest.CouncilBeans.class)
class CouncilConfigurationTest extends StarterDefaultsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    /** The council's own beans. */
    @TestConfiguration
    static class CouncilBeans {
        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }

        @Bean
        InstrumentCatalogue instruments() {
            AnswerScale yesNo = new AnswerScale("yes-no", List.of(new AnswerOption("yes", "Yes"),
                    new AnswerOption("no", "No")));
            return InstrumentCatalogue.builtIn().with(new Instrument("council-x-part-2", "1.0",
                    "Council X: your safeguarding experience", RecordingStage.AT_CLOSURE,
                    List.of(new InstrumentItem("kept-informed", "Were you kept informed?",
                            "Was the person kept informed?", Optional.of(yesNo)))));
        }
    }

    @Autowired
    Validator validator;

    @Test
    void theValidatorBeanUsesTheApplicationsClockAndInstruments() {
        assertThat(validator.clock().instant()).isEqualTo(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(validator.instruments().find("council-x-part-2", "1.0")).isPresent();
    }

    @Test
    void beanValidationTakesTodayFromTheApplicationsClock() {
        // after the council's today, before the machine's: only the application's clock makes it a future date
        HttpResponse<String> r = post(replace("\"date\": \"2025-08-15\"", "\"date\": \"2025-12-01\""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(lists(json(r), "ruleId", "MSP-DAT-003", "/questionnaires/0/date")).as(r.body()).isTrue();
    }

    @Test
    void aCouncilsLocalQuestionnaireIsCheckedThroughValid() {
        String local = replace("\"instrumentId\": \"my-safeguarding-experience-part-2\"",
                "\"instrumentId\": \"council-x-part-2\"");
        String answers = local.substring(local.indexOf("\"answers\": ["), local.indexOf("]", local.indexOf("\"answers\": [")) + 1);
        assertThat(post(local.replace(answers, "\"answers\": [ { \"linkId\": \"kept-informed\", \"code\": \"yes\" } ]"))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> wrong = post(local.replace(answers,
                "\"answers\": [ { \"linkId\": \"kept-informed\", \"code\": \"yes-completely\" } ]"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(lists(json(wrong), "ruleId", "MSP-QST-008", "/questionnaires/0/answers/0/code")).as(wrong.body())
                .isTrue();
    }
}
