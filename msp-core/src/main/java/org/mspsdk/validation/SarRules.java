package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mspsdk.model.SafeguardingAdultsReview;
import org.mspsdk.model.SarRegister;

/**
 * Rules MSP-SAR: a board's register of Safeguarding Adults Reviews (the input of SG5a and SG5b). They check a
 * {@link SarRegister}, not a person record, through {@link Validator#validate(SarRegister)}; paths are relative
 * to the register ({@code reviews[2].completedOn}).
 */
final class SarRules {

    /** The longest review id accepted, in code points. */
    static final int MAX_ID_LENGTH = 64;

    static final Rule SAR_001 = new Rule("MSP-SAR-001", ERROR, IN_PROGRESS,
            "Every review has a review id that is not blank, is at most " + MAX_ID_LENGTH + " characters and is not"
                    + " used by another review of the register.",
            "A review counted twice inflates SG5a and SG5b; the id is how the board and the council find it again.",
            "reviews[].reviewId");
    static final Rule SAR_002 = new Rule("MSP-SAR-002", ERROR, IN_PROGRESS,
            "A review is not completed before it was commissioned.",
            "One of the two dates is wrong, and the completion date decides the year the review is counted in.",
            "reviews[].completedOn");
    static final Rule SAR_003 = new Rule("MSP-SAR-003", ERROR, IN_PROGRESS,
            "The numbers of individuals who died and who survived are zero or more, and a completed review involves at"
                    + " least one individual.",
            "SG5b counts the individuals involved; a review about no one, or a negative count, is a typing error.",
            "reviews[].individualsDied, reviews[].individualsSurvived");
    static final Rule SAR_004 = new Rule("MSP-SAR-004", ERROR, IN_PROGRESS,
            "\"One or more individuals died\" is true exactly when the number of individuals who died is one or more.",
            "SG5a splits reviews by whether anyone died and SG5b counts who died: the two must tell the same story.",
            "reviews[].oneOrMoreDied");
    static final Rule SAR_005 = new Rule("MSP-SAR-005", ERROR, IN_PROGRESS,
            "No date of a review is in the future.",
            "A future date is a typing error and would count the review in a year that has not happened.",
            "reviews[].commissionedOn, reviews[].completedOn");

    /** The area: its rules check a register, so the per-record check does nothing. */
    static final RuleArea AREA = new RuleArea("SAR", "Safeguarding Adults Reviews (SAR)",
            List.of(SAR_001, SAR_002, SAR_003, SAR_004, SAR_005), c -> { });

    private SarRules() {
    }

    /**
     * @param register the register
     * @param today    "today" for the no-future-dates rule
     * @return every finding, review by review; messages hold no review ids or dates
     */
    static List<Finding> check(SarRegister register, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<SafeguardingAdultsReview> reviews = register.reviews();
        for (int i = 0; i < reviews.size(); i++) {
            SafeguardingAdultsReview r = reviews.get(i);
            String at = "reviews[" + i + "].";
            String id = r.reviewId();
            if (id.isBlank()) {
                out.add(finding(SAR_001, at + "reviewId", "expected a review id, found a blank one"));
            } else if (id.codePointCount(0, id.length()) > MAX_ID_LENGTH) {
                out.add(finding(SAR_001, at + "reviewId", "expected a review id of at most " + MAX_ID_LENGTH
                        + " characters"));
            } else if (!ids.add(id)) {
                out.add(finding(SAR_001, at + "reviewId", "expected a review id not used by an earlier review of the"
                        + " register"));
            }
            if (r.commissionedOn().isPresent() && r.completedOn().isPresent()
                    && r.completedOn().get().isBefore(r.commissionedOn().get())) {
                out.add(finding(SAR_002, at + "completedOn", "expected a completion date on or after the date the"
                        + " review was commissioned"));
            }
            if (r.individualsDied() < 0) {
                out.add(finding(SAR_003, at + "individualsDied", "expected zero or more individuals who died"));
            }
            if (r.individualsSurvived() < 0) {
                out.add(finding(SAR_003, at + "individualsSurvived",
                        "expected zero or more individuals who survived"));
            }
            if (r.completedOn().isPresent() && r.individualsDied() == 0 && r.individualsSurvived() == 0) {
                out.add(finding(SAR_003, at + "individualsDied", "expected a completed review to involve at least"
                        + " one individual (who died or who survived)"));
            }
            if (r.oneOrMoreDied() != (r.individualsDied() > 0)) {
                out.add(finding(SAR_004, at + "oneOrMoreDied", r.oneOrMoreDied()
                        ? "expected false, or a number of individuals who died of one or more"
                        : "expected true, since one or more individuals who died are recorded"));
            }
            if (r.commissionedOn().filter(d -> d.isAfter(today)).isPresent()) {
                out.add(finding(SAR_005, at + "commissionedOn", "expected a date not after today"));
            }
            if (r.completedOn().filter(d -> d.isAfter(today)).isPresent()) {
                out.add(finding(SAR_005, at + "completedOn", "expected a date not after today"));
            }
        }
        return out;
    }

    private static Finding finding(Rule rule, String path, String message) {
        return new Finding(rule.id(), rule.severity(), path, message);
    }
}
