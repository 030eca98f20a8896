package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.SafeguardingRecord;

/**
 * Rule MSP-OUT-018: between two versions of a record, outcomes are only appended to. It compares two versions, so
 * {@link Validator#validateUpdate} runs it rather than {@link RecordCheck}; the rule is listed in the outcomes area
 * ({@link OutcomeRules#AREA}).
 */
final class OutcomeHistoryRules {

    static final Rule OUT_018 = new Rule("MSP-OUT-018", ERROR, IN_PROGRESS,
            "When a record is saved over its earlier version (`Validator.validateUpdate`), every desired outcome of "
                    + "the earlier version is still there with the same wording, and every negotiated outcome still "
                    + "has its earlier revisions unchanged, in the same order (matched by id).",
            "The person's words are recorded verbatim and the negotiation history is append-only: the first "
                    + "wording is kept. A single version cannot show an overwrite, so this rule compares two.",
            "outcomes.desiredOutcomes, outcomes.desiredOutcomes[].wording, outcomes.negotiatedOutcomes, "
                    + "outcomes.negotiatedOutcomes[].revisions[]");

    private OutcomeHistoryRules() {
    }

    /**
     * @param previous the stored version
     * @param next     the version being saved
     * @return the MSP-OUT-018 findings about {@code next}
     */
    static List<Finding> compare(SafeguardingRecord previous, SafeguardingRecord next) {
        Rule rule = OUT_018;
        List<Finding> findings = new ArrayList<>();
        List<DesiredOutcome> nextDesired = next.outcomes().desiredOutcomes();
        for (DesiredOutcome before : previous.outcomes().desiredOutcomes()) {
            int i = indexOfDesired(nextDesired, before.id());
            if (i < 0) {
                findings.add(new Finding(rule.id(), rule.severity(), "outcomes.desiredOutcomes",
                        "a desired outcome of the earlier version was removed; the person's words are kept"));
            } else if (!nextDesired.get(i).wording().equals(before.wording())) {
                findings.add(new Finding(rule.id(), rule.severity(), "outcomes.desiredOutcomes[" + i + "].wording",
                        "the wording of this desired outcome was changed; the person's words are kept verbatim"));
            }
        }
        List<NegotiatedOutcome> nextNegotiated = next.outcomes().negotiatedOutcomes();
        for (NegotiatedOutcome before : previous.outcomes().negotiatedOutcomes()) {
            int i = indexOfNegotiated(nextNegotiated, before.id());
            if (i < 0) {
                findings.add(new Finding(rule.id(), rule.severity(), "outcomes.negotiatedOutcomes",
                        "a negotiated outcome of the earlier version was removed; its history is kept"));
                continue;
            }
            List<OutcomeRevision> now = nextNegotiated.get(i).revisions();
            List<OutcomeRevision> then = before.revisions();
            for (int j = 0; j < then.size(); j++) {
                if (j >= now.size() || !now.get(j).equals(then.get(j))) {
                    findings.add(new Finding(rule.id(), rule.severity(),
                            "outcomes.negotiatedOutcomes[" + i + "].revisions[" + j + "]",
                            j >= now.size() ? "an earlier revision was removed; the history is append-only"
                                    : "an earlier revision was changed; add a new revision instead"));
                    break;
                }
            }
        }
        return findings;
    }

    private static int indexOfDesired(List<DesiredOutcome> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfNegotiated(List<NegotiatedOutcome> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
