package org.mspsdk.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every validation rule as data (id, severity, profile, what it checks, why, paths), and the Markdown rule
 * catalogue generated from it ({@code docs/validation-rules.md}). Rule ids are stable: a rule that is
 * withdrawn keeps its id unused.
 *
 * <p>The rules are grouped by area (person, organisations, linked records and journeys, dates, concern and
 * enquiry, risk, outcomes, capacity, consent, questionnaires, text and sizes); each area keeps its rules, their
 * limits and their check together. Most journey rules (MSP-JNY) compare the records of one journey: the
 * partnership view ({@code org.mspsdk.partnership}) reports them, not {@link Validator#validate}. Two areas check
 * something other than a person record: MSP-SAR a board's register of Safeguarding Adults Reviews
 * ({@link Validator#validate(org.mspsdk.model.SarRegister)}), MSP-RET a whole SAC return (its consistency checks,
 * evaluated by {@code SacReturn.checks()}).
 *
 * <pre>{@code
 * Rule r = RuleCatalogue.find("MSP-OUT-004").orElseThrow();
 * String doc = RuleCatalogue.markdown();
 * }</pre>
 */
public final class RuleCatalogue {

    /** The areas, in the order of the catalogue; a validator checks a record area by area in this order. */
    private static final List<RuleArea> AREAS = List.of(
            PersonRules.AREA,
            OrganisationRules.AREA,
            JourneyRules.AREA,
            DateRules.AREA,
            EnquiryRules.AREA,
            RiskRules.AREA,
            OutcomeRules.AREA,
            CapacityRules.AREA,
            ConsentRules.AREA,
            QuestionnaireRules.AREA,
            TextRules.AREA,
            SarRules.AREA,
            ReturnRules.AREA);

    private static final List<Rule> RULES = rules(AREAS);

    private RuleCatalogue() {
    }

    private static List<Rule> rules(List<RuleArea> areas) {
        List<Rule> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (RuleArea area : areas) {
            if (!codes.add(area.code())) {
                throw new IllegalStateException("area " + area.code() + " is listed twice");
            }
            for (Rule rule : area.rules()) {
                if (!ids.add(rule.id())) {
                    throw new IllegalStateException("rule id " + rule.id() + " is used twice");
                }
                all.add(rule);
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** @return the areas, in catalogue order */
    static List<RuleArea> areas() {
        return AREAS;
    }

    /** @return every rule, grouped by area */
    public static List<Rule> all() {
        return RULES;
    }

    /**
     * @param id a rule id
     * @return the rule with that id
     */
    public static Optional<Rule> find(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** @return the Markdown rule catalogue (the content of {@code docs/validation-rules.md}) */
    public static String markdown() {
        return RuleCatalogueMarkdown.render(AREAS);
    }

    /**
     * @param rule a rule of the catalogue
     * @return true when the rule checks a person record (false for the register and return areas)
     */
    public static boolean checksRecords(Rule rule) {
        return !rule.area().equals(SarRules.AREA.code()) && !rule.area().equals(ReturnRules.AREA.code());
    }

    /**
     * @param rule a rule of the catalogue
     * @return the paths its findings may point at, with {@code []} for any index: its documented paths, or for a
     *         rule documented by the limits table, that table's rows for it
     */
    static Set<String> documentedPaths(Rule rule) {
        if (rule.paths().equals(TextRules.SEE_LIMITS)) {
            return new LinkedHashSet<>(TextRules.limitsOf(rule).keySet());
        }
        return new LinkedHashSet<>(List.of(rule.paths().split(", ")));
    }
}
