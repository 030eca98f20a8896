package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;

/** Rules MSP-ORG: the organisations involved, their roles and the one lead council. */
final class OrganisationRules {

    static final Rule ORG_001 = new Rule("MSP-ORG-001", ERROR, IN_PROGRESS,
            "Exactly one organisation has the lead-council role.",
            "Every record belongs to the one council that leads the safeguarding work and reports it to the SAC.",
            "organisations, organisations[].roles");
    static final Rule ORG_002 = new Rule("MSP-ORG-002", ERROR, IN_PROGRESS,
            "The lead council is a local authority.",
            "Only a council has the section 42 duty and makes the SAC return.", "organisations[].type");
    static final Rule ORG_003 = new Rule("MSP-ORG-003", ERROR, IN_PROGRESS,
            "Every organisation has at least one role.",
            "An organisation is on a record because of what it did; without a role it cannot be counted or shown.",
            "organisations[].roles");
    static final Rule ORG_004 = new Rule("MSP-ORG-004", ERROR, IN_PROGRESS,
            "Organisation codes are unique within the record.",
            "One organisation listed twice would be counted twice; give it several roles instead.",
            "organisations[].code");
    static final Rule ORG_005 = new Rule("MSP-ORG-005", WARNING, IN_PROGRESS,
            "An organisation is caused to make enquiries only when the record has an enquiry.",
            "The role describes an enquiry; without one it is probably a mistake.", "organisations[].roles");

    static final RuleArea AREA = new RuleArea("ORG", "Organisations (ORG)",
            List.of(ORG_001, ORG_002, ORG_003, ORG_004, ORG_005), OrganisationRules::check);

    private OrganisationRules() {
    }

    private static void check(RecordCheck c) {
        List<OrganisationInvolvement> orgs = c.record.organisations();
        int leads = 0;
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < orgs.size(); i++) {
            OrganisationInvolvement o = orgs.get(i);
            String p = "organisations[" + i + "]";
            if (o.roles().isEmpty()) {
                c.add(ORG_003, p + ".roles", "expected at least one role");
            }
            if (o.has(OrganisationRole.LEAD_COUNCIL)) {
                leads++;
                if (leads > 1) {
                    c.add(ORG_001, p + ".roles", "expected exactly one lead council; this is a second one");
                }
                if (o.type() != OrganisationType.LOCAL_AUTHORITY) {
                    c.add(ORG_002, p + ".type", "expected the lead council to be of type local-authority, found "
                            + o.type().code());
                }
            }
            if (!codes.add(o.code())) {
                c.add(ORG_004, p + ".code", "expected organisation codes to be unique; this code is listed earlier");
            }
            if (o.has(OrganisationRole.CAUSED_TO_MAKE_ENQUIRIES) && c.enquiry.isEmpty()) {
                c.add(ORG_005, p + ".roles", "role caused-to-make-enquiries, but the record has no enquiry");
            }
        }
        if (leads == 0) {
            c.add(ORG_001, "organisations", "expected exactly one organisation with the lead-council role, found none");
        }
    }
}
