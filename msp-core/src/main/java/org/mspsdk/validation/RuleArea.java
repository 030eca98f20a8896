package org.mspsdk.validation;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One area of the rule catalogue (person, dates, outcomes...): its title, its rules in id order and the check
 * that applies them to one record. Each area class ({@code PersonRules}, {@code DateRules}...) declares its rules,
 * its limits and its check side by side and exposes one {@code AREA}; {@link RuleCatalogue} lists the areas.
 *
 * @param code  the area code of every rule of the area, for example {@code OUT}
 * @param title the heading of the area in the rule catalogue, for example {@code Risk (RSK)}
 * @param rules the rules, in id order
 * @param check reports the area's findings on one record (through {@link RecordCheck#add})
 */
record RuleArea(String code, String title, List<Rule> rules, Consumer<RecordCheck> check) {

    /** Checks that every rule belongs to the area, so the catalogue cannot list a rule under the wrong heading. */
    RuleArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(check, "check");
        rules = List.copyOf(rules);
        for (Rule rule : rules) {
            if (!rule.area().equals(code)) {
                throw new IllegalArgumentException("rule " + rule.id() + " is not of area " + code);
            }
        }
    }
}
