package org.mspsdk.fhir;

import java.util.Optional;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SafetyRating;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * The codes of the mapping's {@code Observation.code} and {@code Observation.component.code}
 * ({@value FhirUrls#OBSERVATION_CODES}), each with the code list of its coded value (none for a boolean
 * value). Published as a CodeSystem by {@link Conformance}.
 */
public enum ObservationCode {
    /** The three section 42 criteria (components, each a boolean). */
    S42_CRITERIA("s42-criteria", "Section 42 criteria", null),
    /** Component: the adult has care and support needs. */
    HAS_CARE_AND_SUPPORT_NEEDS("has-care-and-support-needs", "Has care and support needs", null),
    /** Component: the adult is experiencing, or at risk of, abuse or neglect. */
    EXPERIENCING_OR_AT_RISK_OF_ABUSE("experiencing-or-at-risk-of-abuse",
            "Experiencing or at risk of abuse or neglect", null),
    /** Component: as a result of those needs the adult cannot protect themselves. */
    UNABLE_TO_PROTECT_SELF("unable-to-protect-self", "Unable to protect themselves", null),
    /** One risk (allegation): its type is the value; location and source are components. */
    RISK_ITEM("risk-item", "Risk item", TypeOfRisk.LIST),
    /** Component: where the risk was (SG2b). */
    LOCATION_OF_RISK("location-of-risk", "Location of risk", LocationOfRisk.LIST),
    /** Component: who the source of the risk was (SG2a/SG2b). */
    SOURCE_OF_RISK("source-of-risk", "Source of risk", SourceOfRisk.LIST),
    /** The enquiry's action taken and result (SG2c). */
    ENQUIRY_RESULT("enquiry-result", "Action taken and result", EnquiryResult.LIST),
    /** The risk outcome where a risk was identified (SG2e). */
    RISK_OUTCOME("risk-outcome", "Risk outcome", RiskOutcome.LIST),
    /** Whether the adult lacked capacity to make decisions about the enquiry (SG3a). */
    MENTAL_CAPACITY("mental-capacity", "Lacked mental capacity", CapacityAnswer.LIST),
    /** Component: support was provided by an advocate, family or friend. */
    SUPPORTED_BY_ADVOCATE_FAMILY_OR_FRIEND("supported-by-advocate-family-or-friend",
            "Supported by an advocate, family or friend", null),
    /** The advocacy duty's three facts (components, each a boolean). */
    ADVOCACY("advocacy", "Advocacy", null),
    /** Component: the adult would have substantial difficulty being involved. */
    SUBSTANTIAL_DIFFICULTY("substantial-difficulty", "Substantial difficulty in being involved", null),
    /** Component: an appropriate person was available to support the adult. */
    APPROPRIATE_PERSON_AVAILABLE("appropriate-person-available", "Appropriate person available", null),
    /** Component: an independent advocate was arranged. */
    INDEPENDENT_ADVOCATE_ARRANGED("independent-advocate-arranged", "Independent advocate arranged", null),
    /** Whether the adult (or representative) was asked about desired outcomes (SG4a). */
    ASKED_ABOUT_OUTCOMES("asked-about-outcomes", "Asked about desired outcomes", AskedAboutOutcomes.LIST),
    /** How far the desired outcomes were achieved, for the enquiry as a whole (SG4a). */
    ENQUIRY_ACHIEVEMENT("enquiry-achievement", "Desired outcomes achieved (enquiry)", OutcomeAchievement.LIST),
    /** How far one negotiated outcome was achieved, with who judged it and when. */
    OUTCOME_ACHIEVEMENT("outcome-achievement", "Outcome achieved", OutcomeAchievement.LIST),
    /** How safe the adult felt at the start. */
    FEELING_SAFE_AT_START("feeling-safe-at-start", "How safe the adult felt at the start", SafetyRating.LIST),
    /** How safe the adult felt at the end. */
    FEELING_SAFE_AT_END("feeling-safe-at-end", "How safe the adult felt at the end", SafetyRating.LIST);

    private final String code;
    private final String display;
    private final CodeList<?> valueList;

    ObservationCode(String code, String display, CodeList<?> valueList) {
        this.code = code;
        this.display = display;
        this.valueList = valueList;
    }

    /** @return the code */
    public String code() {
        return code;
    }

    /** @return the display */
    public String display() {
        return display;
    }

    /** @return the code list of the coded value; empty for a boolean value or a grouping observation */
    public Optional<CodeList<?>> valueList() {
        return Optional.ofNullable(valueList);
    }

    static Optional<ObservationCode> find(String code) {
        for (ObservationCode c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
