package org.mspsdk.returns;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.OrganisationRole;

/**
 * Credit by role: which organisations of a record are credited with one board event ({@link BoardMeasure}).
 *
 * <table>
 *   <caption>Who is credited with what</caption>
 *   <tr><th>event</th><th>credited to</th></tr>
 *   <tr><td>every event</td><td>the lead council (it receives every concern and leads every enquiry of its
 *       record)</td></tr>
 *   <tr><td>concerns received</td><td>organisations that raised the concern</td></tr>
 *   <tr><td>enquiries commenced (s42, other)</td><td>organisations caused to make enquiries, or that
 *       contributed</td></tr>
 *   <tr><td>s42 enquiries concluded, risk identified, risk reduced or removed</td><td>organisations caused to make
 *       enquiries (they made the enquiry; a contributor did not conclude it)</td></tr>
 *   <tr><td>outcomes expressed</td><td>organisations with the role recorded-outcome, or to which a desired outcome
 *       is attributed ({@code recordedBy})</td></tr>
 *   <tr><td>fully, partially, not achieved</td><td>organisations with the role recorded-outcome, or to which an
 *       achievement rating is attributed</td></tr>
 * </table>
 * An attribution counts only when it names an organisation on the record (rule MSP-JNY-002).
 */
final class RoleCredit {

    private RoleCredit() {
    }

    /**
     * @param r a record
     * @param m an event of it
     * @return the codes of the organisations credited with it, sorted
     */
    static Collection<String> credited(SafeguardingRecord r, BoardMeasure m) {
        TreeSet<String> codes = new TreeSet<>();
        for (OrganisationInvolvement o : r.organisations()) {
            if (o.has(OrganisationRole.LEAD_COUNCIL) || byRole(o, m)) {
                codes.add(o.code());
            }
        }
        switch (m) {
            case OUTCOMES_EXPRESSED -> {
                for (DesiredOutcome d : r.outcomes().desiredOutcomes()) {
                    attributed(r, d.recordedBy(), codes);
                }
            }
            case FULLY_ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED -> {
                for (NegotiatedOutcome n : r.outcomes().negotiatedOutcomes()) {
                    n.achievement().ifPresent(a -> attributed(r, a.recordedBy(), codes));
                }
            }
            default -> {
                // credited by role only
            }
        }
        return codes;
    }

    private static boolean byRole(OrganisationInvolvement o, BoardMeasure m) {
        return switch (m) {
            case CONCERNS -> o.has(OrganisationRole.RAISED_CONCERN);
            case S42_COMMENCED, OTHER_COMMENCED -> o.has(OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES)
                    || o.has(OrganisationRole.CONTRIBUTED);
            case S42_CONCLUDED, RISK_IDENTIFIED, RISK_REDUCED_OR_REMOVED ->
                    o.has(OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES);
            case OUTCOMES_EXPRESSED, FULLY_ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED ->
                    o.has(OrganisationRole.RECORDED_OUTCOME);
        };
    }

    /** Adds the attributed organisation, or the record's own recorder when the part names none. */
    private static void attributed(SafeguardingRecord r, Optional<String> by, TreeSet<String> codes) {
        Optional<String> who = by.isPresent() ? by : r.recorder();
        who.filter(code -> r.organisation(code).isPresent()).ifPresent(codes::add);
    }
}
