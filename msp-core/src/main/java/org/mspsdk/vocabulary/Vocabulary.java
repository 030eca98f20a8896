package org.mspsdk.vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * The registry of every code list in the SDK, with the vocabulary versions.
 *
 * <pre>{@code
 * for (CodeList<?> list : Vocabulary.all()) {
 *     System.out.println(list.id() + " " + list.codeToLabel());
 * }
 * CodeList<?> sg2a = Vocabulary.find("sg2a-type-of-risk").orElseThrow();
 * }</pre>
 */
public final class Vocabulary {

    /** The SAC guidance year the SAC-defined lists follow (no item changed for 2025-26). */
    public static final String SAC_GUIDANCE_VERSION = "2025-26";

    /** The version of the SDK's vocabulary (its own lists and its codes for the SAC lists). */
    public static final String SDK_VOCABULARY_VERSION = "1.0";

    private static final List<CodeList<?>> ALL = List.of(
            AskedAboutOutcomes.LIST,
            OutcomeAchievement.LIST,
            TypeOfRisk.LIST,
            LocationOfRisk.LIST,
            SourceOfRisk.LIST,
            EnquiryResult.LIST,
            RiskOutcome.LIST,
            CapacityAnswer.LIST,
            AgeBand.LIST,
            Gender.LIST,
            Ethnicity.LIST,
            PrimarySupportReason.LIST,
            ConcernSource.LIST,
            ConcernOutcome.LIST,
            NoEnquiryNextStep.LIST,
            EnquiryType.LIST,
            OrganisationType.LIST,
            OrganisationRole.LIST,
            RepresentativeRole.LIST,
            VoiceType.LIST,
            RecordingStage.LIST,
            OutcomeCategory.LIST,
            NegotiationChangeReason.LIST,
            AchievementJudge.LIST,
            ConsentDecision.LIST,
            ActionWithoutConsentReason.LIST,
            QuestionnaireStatus.LIST,
            NotOfferedReason.LIST,
            SafetyRating.LIST);

    private Vocabulary() {
    }

    /** @return every code list, SAC lists first */
    public static List<CodeList<?>> all() {
        return ALL;
    }

    /**
     * Finds a list by its id.
     *
     * @param id the list id, for example {@code sg4a-asked}
     * @return the list, or empty
     */
    public static Optional<CodeList<?>> find(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * Finds the list whose entries have the given type.
     *
     * @param type the enum type
     * @param <E>  the enum type
     * @return the list
     * @throws IllegalArgumentException when the type is not a registered code list
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E> & Code> CodeList<E> of(Class<E> type) {
        return (CodeList<E>) ALL.stream().filter(l -> l.type() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a code list type: " + type.getName()));
    }
}
