package org.mspsdk.fhir;

import java.util.List;
import java.util.Optional;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.NegotiationChangeReason;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.RecordingStage;

/**
 * The extensions the mapping defines, one constant per StructureDefinition: its name (the last segment of its
 * canonical URL), value type, binding, where it may appear and how often. The mapping writes and reads them
 * through these constants, and {@link Conformance} publishes them, so a name is written once.
 */
public enum MspExtension {
    /** The adult's age in years at the concern (where the date of birth is not held). */
    AGE_AT_CONCERN("age-at-concern", "Age at concern", ValueType.INTEGER, null, false,
            "The adult's age in whole years on the date the concern was received, recorded where the date of birth "
                    + "is not held (SG1a).", "Patient"),
    /** SG1c ethnicity. */
    ETHNICITY("ethnicity", "Ethnicity (SG1c)", ValueType.CODING, Ethnicity.LIST, false,
            "The adult's ethnicity in the broad categories of the Safeguarding Adults Collection (SG1c).", "Patient"),
    /** SG1d primary support reason. */
    PRIMARY_SUPPORT_REASON("primary-support-reason", "Primary support reason (SG1d)", ValueType.CODING,
            PrimarySupportReason.LIST, false, "The adult's primary support reason (SG1d).", "Patient"),
    /** SG1e: autism (excluding Asperger's / high-functioning autism). */
    AUTISM_EXCLUDING_ASPERGER("autism-excluding-asperger", "Autism excluding Asperger's (SG1e)", ValueType.BOOLEAN,
            null, false, "Learning, developmental or intellectual disability: autism, excluding Asperger's "
                    + "syndrome and high-functioning autism (SG1e).", "Patient"),
    /** SG1e: Asperger's / high-functioning autism. */
    ASPERGER_OR_HIGH_FUNCTIONING_AUTISM("asperger-or-high-functioning-autism",
            "Asperger's or high-functioning autism (SG1e)", ValueType.BOOLEAN, null, false,
            "Learning, developmental or intellectual disability: Asperger's syndrome or high-functioning autism "
                    + "(SG1e).", "Patient"),
    /** Who raised the concern. */
    CONCERN_SOURCE("concern-source", "Who raised the concern", ValueType.CODING, ConcernSource.LIST, false,
            "Who raised the safeguarding concern (a kind of source, not a named person).", "ServiceRequest"),
    /** What became of the concern. */
    CONCERN_OUTCOME("concern-outcome", "What became of the concern", ValueType.CODING, ConcernOutcome.LIST, false,
            "The decision on the concern: a section 42 enquiry, another enquiry, or no enquiry.", "ServiceRequest"),
    /** The next step when no enquiry follows. */
    NO_ENQUIRY_NEXT_STEP("no-enquiry-next-step", "Next step when no enquiry follows", ValueType.CODING,
            NoEnquiryNextStep.LIST, false, "What happened instead when the concern led to no enquiry.",
            "ServiceRequest"),
    /** When a desired outcome was recorded, or when a questionnaire is asked. */
    RECORDING_STAGE("recording-stage", "Recording stage", ValueType.CODING, RecordingStage.LIST, false,
            "The stage of the safeguarding journey at which a desired outcome was expressed, or at which a "
                    + "questionnaire is asked.", "Goal", "Questionnaire"),
    /** The outcome or answers came through a best-interests decision. */
    BEST_INTERESTS_DECISION("best-interests-decision", "Through a best-interests decision", ValueType.BOOLEAN, null,
            false, "True when the desired outcome or the questionnaire answers were reached through a "
                    + "best-interests decision (Mental Capacity Act 2005) rather than expressed by the adult or a "
                    + "representative; the decision maker, where named, is the RelatedPerson referenced.",
            "Goal", "QuestionnaireResponse"),
    /** A desired outcome this negotiated outcome came from. */
    NEGOTIATED_FROM("negotiated-from", "Negotiated from", ValueType.REFERENCE, null, true,
            "A desired outcome (the person's own words) this negotiated outcome came from, in the record's order. "
                    + "A literal reference where the desired outcome is in the Bundle, else a logical reference "
                    + "by its identifier.", "Goal"),
    /** Why the current wording of a negotiated outcome differs from the one before. */
    CHANGE_REASON("change-reason", "Reason for the change", ValueType.CODING, NegotiationChangeReason.LIST, false,
            "Why the current agreed wording differs from the person's words or the previous wording.", "Goal"),
    /** An earlier agreed wording of a negotiated outcome (the history is append-only). */
    PREVIOUS_REVISION("previous-revision", "Previous agreed wording", ValueType.COMPLEX,
            NegotiationChangeReason.LIST, true,
            "An earlier agreed wording of the negotiated outcome, oldest first: the date it was agreed, the "
                    + "wording and the reason it differed from the one before. The current wording is "
                    + "Goal.description.text.", "Goal"),
    /** The person's consent decision. */
    CONSENT_DECISION("consent-decision", "Consent decision", ValueType.CODING, ConsentDecision.LIST, false,
            "The adult's decision on consent to the safeguarding enquiry and action.", "Consent"),
    /** Whether action was taken without consent. */
    ACTION_WITHOUT_CONSENT("action-without-consent", "Action without consent", ValueType.BOOLEAN, null, false,
            "True when action was taken without the adult's consent.", "Consent"),
    /** A reason for action without consent. */
    ACTION_WITHOUT_CONSENT_REASON("action-without-consent-reason", "Reason for action without consent",
            ValueType.CODING, ActionWithoutConsentReason.LIST, true,
            "A reason action was taken without the adult's consent.", "Consent"),
    /** Whether the person was told about action without consent. */
    PERSON_INFORMED("person-informed", "Person informed", ValueType.BOOLEAN, null, false,
            "True when the adult was told that action was taken without their consent.", "Consent"),
    /** Why the questionnaire was not offered. */
    NOT_OFFERED_REASON("not-offered-reason", "Reason not offered", ValueType.CODING, NotOfferedReason.LIST, false,
            "Why the questionnaire (Part 2) was not offered to the adult.", "QuestionnaireResponse"),
    /** The question as put to a representative. */
    REPRESENTATIVE_WORDING("representative-wording", "Wording for a representative", ValueType.STRING, null, false,
            "The question as put to a representative (Questionnaire.item.text is the wording for the adult).",
            "Questionnaire.item");

    /** The value type of an extension. */
    enum ValueType {
        INTEGER("integer"), BOOLEAN("boolean"), STRING("string"), DATE("date"), CODING("Coding"),
        REFERENCE("Reference"), COMPLEX(null);

        final String fhirType;

        ValueType(String fhirType) {
            this.fhirType = fhirType;
        }
    }

    /** The sub-extensions of {@link #PREVIOUS_REVISION}. */
    static final String REVISION_AGREED_ON = "agreedOn";
    static final String REVISION_WORDING = "wording";
    static final String REVISION_REASON = "reason";

    private final String name;
    private final String title;
    private final ValueType type;
    private final CodeList<?> binding;
    private final boolean repeats;
    private final String definition;
    private final List<String> contexts;

    MspExtension(String name, String title, ValueType type, CodeList<?> binding, boolean repeats, String definition,
            String... contexts) {
        this.name = name;
        this.title = title;
        this.type = type;
        this.binding = binding;
        this.repeats = repeats;
        this.definition = definition;
        this.contexts = List.of(contexts);
    }

    /** @return the canonical URL of the StructureDefinition */
    public String url() {
        return FhirUrls.extension(name);
    }

    /** @return the name, the last segment of the canonical URL */
    public String extensionName() {
        return name;
    }

    /** @return a short human title */
    public String title() {
        return title;
    }

    /** @return what the extension means */
    public String definition() {
        return definition;
    }

    /** @return the elements (FHIRPath) it may appear on */
    public List<String> contexts() {
        return contexts;
    }

    /** @return true when it may appear more than once */
    public boolean repeats() {
        return repeats;
    }

    ValueType type() {
        return type;
    }

    /** @return the code list its coded value comes from (the reason, for {@link #PREVIOUS_REVISION}) */
    Optional<CodeList<?>> binding() {
        return Optional.ofNullable(binding);
    }
}
