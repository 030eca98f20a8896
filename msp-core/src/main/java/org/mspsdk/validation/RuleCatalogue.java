package org.mspsdk.validation;

import static org.mspsdk.validation.Profile.IN_PROGRESS;
import static org.mspsdk.validation.Profile.SAC_COMPLETE;
import static org.mspsdk.validation.Severity.ERROR;
import static org.mspsdk.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every validation rule as data (id, severity, profile, what it checks, why, paths), and the Markdown rule
 * catalogue generated from it ({@code docs/validation-rules.md}). Rule ids are stable: a rule that is
 * withdrawn keeps its id unused.
 *
 * <pre>{@code
 * Rule r = RuleCatalogue.find("MSP-OUT-004").orElseThrow();
 * String doc = RuleCatalogue.markdown();
 * }</pre>
 */
public final class RuleCatalogue {

    private static final List<Rule> ALL = new ArrayList<>();

    // ---- person ------------------------------------------------------------------------------------------
    static final Rule PER_001 = r("MSP-PER-001", ERROR, IN_PROGRESS,
            "An NHS number, when present, is ten digits with a valid Modulus 11 check digit. Enforced when an "
                    + "`NhsNumber` is constructed (its exception, kind INVALID_VALUE, cites this id), so a record "
                    + "never holds an invalid one and the validator never reports it.",
            "A mistyped NHS number links the record to the wrong person.", "adult.nhsNumber");
    static final Rule PER_002 = r("MSP-PER-002", ERROR, IN_PROGRESS,
            "The adult is 18 or over on the date the concern was received (from the date of birth, else from the "
                    + "age at concern).",
            "Adult safeguarding (Care Act 2014 s42) is about adults; children are safeguarded under other law.",
            "adult.dateOfBirth, adult.ageAtConcern");
    static final Rule PER_003 = r("MSP-PER-003", ERROR, IN_PROGRESS,
            "When both a date of birth and an age at concern are given, they agree.",
            "Two ages for one person put them in two SG1a age bands.", "adult.ageAtConcern");
    static final Rule PER_004 = r("MSP-PER-004", ERROR, IN_PROGRESS,
            "The date of death, when present, is not before the concern was received.",
            "A concern is about a living adult at risk; a death before it means one of the dates is wrong.",
            "adult.dateOfDeath");
    static final Rule PER_005 = r("MSP-PER-005", ERROR, IN_PROGRESS,
            "The age at concern (given or from the date of birth) is between 0 and 130 years.",
            "An impossible age is a typing error (for example a date of birth in the wrong century).",
            "adult.dateOfBirth, adult.ageAtConcern");
    static final Rule PER_006 = r("MSP-PER-006", WARNING, SAC_COMPLETE,
            "A record with a section 42 enquiry has the SG1 demographics: an age (date of birth or age at concern), "
                    + "gender, ethnicity and primary support reason.",
            "SG1a-SG1d count every person with a section 42 enquiry; a missing value is counted as unknown.",
            "adult.dateOfBirth, adult.gender, adult.ethnicity, adult.primarySupportReason");

    // ---- organisations ----------------------------------------------------------------------------------
    static final Rule ORG_001 = r("MSP-ORG-001", ERROR, IN_PROGRESS,
            "Exactly one organisation has the lead-council role.",
            "Every record belongs to the one council that leads the safeguarding work and reports it to the SAC.",
            "organisations, organisations[].roles");
    static final Rule ORG_002 = r("MSP-ORG-002", ERROR, IN_PROGRESS,
            "The lead council is a local authority.",
            "Only a council has the section 42 duty and makes the SAC return.", "organisations[].type");
    static final Rule ORG_003 = r("MSP-ORG-003", ERROR, IN_PROGRESS,
            "Every organisation has at least one role.",
            "An organisation is on a record because of what it did; without a role it cannot be counted or shown.",
            "organisations[].roles");
    static final Rule ORG_004 = r("MSP-ORG-004", ERROR, IN_PROGRESS,
            "Organisation codes are unique within the record.",
            "One organisation listed twice would be counted twice; give it several roles instead.",
            "organisations[].code");
    static final Rule ORG_005 = r("MSP-ORG-005", WARNING, IN_PROGRESS,
            "An organisation is caused to make enquiries only when the record has an enquiry.",
            "The role describes an enquiry; without one it is probably a mistake.", "organisations[].roles");

    // ---- dates --------------------------------------------------------------------------------------------
    static final Rule DAT_001 = r("MSP-DAT-001", ERROR, IN_PROGRESS,
            "The enquiry commenced on or after the concern was received.",
            "An enquiry follows the concern that led to it; the SAC counts both by date.", "enquiry.commencedOn");
    static final Rule DAT_002 = r("MSP-DAT-002", ERROR, IN_PROGRESS,
            "The enquiry concluded on or after it commenced.",
            "Durations and the reporting year of a concluded enquiry depend on both dates.", "enquiry.concludedOn");
    static final Rule DAT_003 = r("MSP-DAT-003", ERROR, IN_PROGRESS,
            "No date is after today (today comes from the validator's clock).",
            "A future date is a typing error, or a record of something that has not happened.",
            "concern.receivedOn, enquiry.commencedOn, enquiry.concludedOn, adult.dateOfBirth, adult.dateOfDeath, "
                    + "outcomes.desiredOutcomes[].expressedOn, outcomes.negotiatedOutcomes[].revisions[].agreedOn, "
                    + "outcomes.negotiatedOutcomes[].achievement.ratedOn, questionnaires[].date");
    static final Rule DAT_004 = r("MSP-DAT-004", ERROR, IN_PROGRESS,
            "Desired outcomes, negotiated wordings and questionnaires are not dated before the concern was received.",
            "Making Safeguarding Personal starts with the concern; an earlier date belongs to another record.",
            "outcomes.desiredOutcomes[].expressedOn, outcomes.negotiatedOutcomes[].revisions[].agreedOn, "
                    + "questionnaires[].date");

    // ---- concern and enquiry -----------------------------------------------------------------------------
    static final Rule ENQ_001 = r("MSP-ENQ-001", ERROR, IN_PROGRESS,
            "A section 42 enquiry whose criteria are recorded has all three criteria true.",
            "Care Act 2014 s42(1): the duty to enquire arises only when all three criteria hold.",
            "enquiry.s42Criteria.hasCareAndSupportNeeds, enquiry.s42Criteria.experiencingOrAtRiskOfAbuse, "
                    + "enquiry.s42Criteria.unableToProtectSelf");
    static final Rule ENQ_002 = r("MSP-ENQ-002", ERROR, IN_PROGRESS,
            "An \"other\" enquiry whose criteria are recorded does not have all three criteria true.",
            "When all three hold the enquiry is a section 42 enquiry and must be reported as one.",
            "enquiry.s42Criteria");
    static final Rule ENQ_003 = r("MSP-ENQ-003", ERROR, SAC_COMPLETE,
            "A section 42 enquiry has its three criteria recorded.",
            "The criteria are what make it a section 42 enquiry; an audit needs them.", "enquiry.s42Criteria");
    static final Rule ENQ_004 = r("MSP-ENQ-004", ERROR, IN_PROGRESS,
            "When an enquiry is recorded, the concern outcome is the enquiry of that type (s42-enquiry or "
                    + "other-enquiry).",
            "SG1f counts concerns, section 42 enquiries and other enquiries; the two must tell the same story.",
            "concern.outcome");
    static final Rule ENQ_005 = r("MSP-ENQ-005", WARNING, IN_PROGRESS,
            "When the concern outcome is an enquiry, an enquiry is recorded.",
            "The decision to enquire can precede the enquiry's start, but an enquiry that never appears is lost "
                    + "from the return.",
            "enquiry");
    static final Rule ENQ_006 = r("MSP-ENQ-006", ERROR, IN_PROGRESS,
            "A next step for a concern is recorded only when the concern outcome is no-enquiry.",
            "Next steps (advice, assessment, referral, no further action) describe concerns that led to no enquiry.",
            "concern.nextStep");
    static final Rule ENQ_007 = r("MSP-ENQ-007", ERROR, IN_PROGRESS,
            "An enquiry result (SG2c) is recorded only once the enquiry is concluded.",
            "SG2c counts concluded enquiries; a result without a conclusion date cannot be placed in a year.",
            "enquiry.result");
    static final Rule ENQ_008 = r("MSP-ENQ-008", ERROR, SAC_COMPLETE,
            "A concluded section 42 enquiry has a result (SG2c).",
            "SG2c has exactly one result per concluded enquiry.", "enquiry.result");

    // ---- risk --------------------------------------------------------------------------------------------
    static final Rule RSK_001 = r("MSP-RSK-001", ERROR, IN_PROGRESS,
            "A risk outcome (SG2e) is recorded only when the result is one of the two \"risk identified\" values.",
            "SG2e asks whether an identified risk remained, was reduced or removed; with no identified risk the "
                    + "question does not arise.",
            "enquiry.riskOutcome");
    static final Rule RSK_002 = r("MSP-RSK-002", ERROR, IN_PROGRESS,
            "When the result is one of the two \"risk identified\" values, a risk outcome (SG2e) is recorded.",
            "SG2e has one risk outcome for every concluded enquiry where a risk was identified.",
            "enquiry.riskOutcome");
    static final Rule RSK_003 = r("MSP-RSK-003", ERROR, IN_PROGRESS,
            "A concluded enquiry has at least one risk item.",
            "SG2a and SG2b count the types, locations and sources of the risks each concluded enquiry looked into.",
            "enquiry.riskItems");
    static final Rule RSK_004 = r("MSP-RSK-004", ERROR, IN_PROGRESS,
            "Every risk item of a concluded enquiry has a location and a source (it always has a type).",
            "SG2a cross-tabulates type by source and SG2b location by source, per risk item.",
            "enquiry.riskItems[].location, enquiry.riskItems[].source");

    // ---- Making Safeguarding Personal outcomes -----------------------------------------------------------
    static final Rule OUT_001 = r("MSP-OUT-001", ERROR, IN_PROGRESS,
            "When the SG4a answer is asked-expressed, at least one desired outcome is recorded.",
            "\"Outcomes were expressed\" means there are outcomes, in the person's own words.",
            "outcomes.desiredOutcomes");
    static final Rule OUT_002 = r("MSP-OUT-002", ERROR, IN_PROGRESS,
            "When desired outcomes are recorded, the SG4a answer is asked-expressed (not another answer, not missing).",
            "asked-not-expressed, not-asked, dont-know and not-recorded all mean there are no desired outcomes.",
            "outcomes.asked");
    static final Rule OUT_003 = r("MSP-OUT-003", ERROR, IN_PROGRESS,
            "An enquiry-level achievement is recorded only when the SG4a answer is asked-expressed and the enquiry is "
                    + "concluded.",
            "SG4a's achieved block counts only concluded enquiries where outcomes were expressed.",
            "outcomes.enquiryAchievement");
    static final Rule OUT_004 = r("MSP-OUT-004", ERROR, SAC_COMPLETE,
            "A concluded section 42 enquiry with SG4a answer asked-expressed has an enquiry-level achievement.",
            "Without it the enquiry is missing from SG4a's achieved block.", "outcomes.enquiryAchievement");
    static final Rule OUT_005 = r("MSP-OUT-005", ERROR, SAC_COMPLETE,
            "A concluded section 42 enquiry has an SG4a answer (were they asked about desired outcomes).",
            "SG4a counts every concluded section 42 enquiry exactly once; a missing answer is reported as "
                    + "\"Not Recorded\".",
            "outcomes.asked");
    static final Rule OUT_006 = r("MSP-OUT-006", WARNING, SAC_COMPLETE,
            "A concluded section 42 enquiry's SG4a answer is not not-recorded.",
            "\"Not Recorded\" is a valid SAC answer but shows a gap in Making Safeguarding Personal practice.",
            "outcomes.asked");
    static final Rule OUT_007 = r("MSP-OUT-007", ERROR, IN_PROGRESS,
            "A negotiated outcome is rated (achievement) only once the enquiry is concluded, and rated on or after "
                    + "the conclusion date; on a record without an enquiry, only once the concern is decided as "
                    + "no-enquiry, and rated on or after the concern was received.",
            "How far an outcome was achieved is judged at closure. Making Safeguarding Personal applies to concerns "
                    + "that lead to no enquiry too: outcomes can be agreed and met at the point of concern, and the "
                    + "sector outcomes measure counts them.",
            "outcomes.negotiatedOutcomes[].achievement, outcomes.negotiatedOutcomes[].achievement.ratedOn");
    static final Rule OUT_008 = r("MSP-OUT-008", WARNING, IN_PROGRESS,
            "When every negotiated outcome is rated, the enquiry-level achievement agrees with the roll-up of the "
                    + "ratings (the validator's RollUpRule; by default: all fully achieved: fully; at least one fully "
                    + "or partially: partially; otherwise not achieved).",
            "The SAC asks for one answer per enquiry; a council may roll up differently, hence a warning.",
            "outcomes.enquiryAchievement");
    static final Rule OUT_009 = r("MSP-OUT-009", WARNING, SAC_COMPLETE,
            "Every negotiated outcome of a concluded section 42 enquiry is rated.",
            "The enquiry-level answer should rest on a rating of each outcome.",
            "outcomes.negotiatedOutcomes[].achievement");
    static final Rule OUT_010 = r("MSP-OUT-010", ERROR, IN_PROGRESS,
            "Desired outcome ids are unique, negotiated outcome ids are unique, and a negotiated outcome names each "
                    + "desired outcome at most once.",
            "Negotiated outcomes refer to desired outcomes by id; a duplicate id makes the link ambiguous, and a "
                    + "repeated link would count one wish twice.",
            "outcomes.desiredOutcomes[].id, outcomes.negotiatedOutcomes[].id, "
                    + "outcomes.negotiatedOutcomes[].desiredOutcomeIds[]");
    static final Rule OUT_011 = r("MSP-OUT-011", ERROR, IN_PROGRESS,
            "Every negotiated outcome names at least one desired outcome it came from.",
            "A negotiated outcome is agreed from what the person wanted; the link is the audit trail.",
            "outcomes.negotiatedOutcomes[].desiredOutcomeIds");
    static final Rule OUT_012 = r("MSP-OUT-012", ERROR, IN_PROGRESS,
            "Every desired outcome id a negotiated outcome names is the id of a desired outcome in the record.",
            "A dangling link loses the person's original words.",
            "outcomes.negotiatedOutcomes[].desiredOutcomeIds[]");
    static final Rule OUT_013 = r("MSP-OUT-013", ERROR, IN_PROGRESS,
            "A negotiated outcome's revisions are in date order (oldest first, dates not decreasing).",
            "The history is append-only; out-of-order dates mean an entry was inserted or changed.",
            "outcomes.negotiatedOutcomes[].revisions[].agreedOn");
    static final Rule OUT_014 = r("MSP-OUT-014", ERROR, IN_PROGRESS,
            "A revision whose wording departs from the person's words (the first revision: from every linked desired "
                    + "outcome) or from the previous wording carries a reason.",
            "Outcomes change for reasons (unrealistic, conflicting, risk to others, changed mind...); recording the "
                    + "reason keeps the person's voice visible.",
            "outcomes.negotiatedOutcomes[].revisions[].reason");
    static final Rule OUT_015 = r("MSP-OUT-015", ERROR, IN_PROGRESS,
            "A desired outcome expressed by a representative names the representative's role.",
            "Outcomes defined with a representative count differently (sector outcomes measure) and must be "
                    + "attributable.",
            "outcomes.desiredOutcomes[].expressedBy.representativeRole");
    static final Rule OUT_016 = r("MSP-OUT-016", ERROR, IN_PROGRESS,
            "The adult's own voice names no representative role.",
            "A role on the adult's voice means the voice type or the role is wrong.",
            "outcomes.desiredOutcomes[].expressedBy.representativeRole, questionnaires[].respondent.representativeRole");
    static final Rule OUT_017 = r("MSP-OUT-017", ERROR, IN_PROGRESS,
            "\"How safe do you feel\" at the end is recorded only once the enquiry is concluded (or, on a record "
                    + "without an enquiry, once the concern is decided as no-enquiry).",
            "The end rating is asked at closure; the change from the start is reported.", "outcomes.feelingSafeAtEnd");

    static final Rule OUT_018 = r("MSP-OUT-018", ERROR, IN_PROGRESS,
            "When a record is saved over its earlier version (`Validator.validateUpdate`), every desired outcome of "
                    + "the earlier version is still there with the same wording, and every negotiated outcome still "
                    + "has its earlier revisions unchanged, in the same order (matched by id).",
            "The person's words are recorded verbatim and the negotiation history is append-only: the first "
                    + "wording is kept. A single version cannot show an overwrite, so this rule compares two.",
            "outcomes.desiredOutcomes, outcomes.desiredOutcomes[].wording, outcomes.negotiatedOutcomes, "
                    + "outcomes.negotiatedOutcomes[].revisions[]");

    // ---- capacity and advocacy ---------------------------------------------------------------------------
    static final Rule CAP_001 = r("MSP-CAP-001", ERROR, IN_PROGRESS,
            "When the adult lacked capacity (SG3a), whether an advocate, family or friend supported them is recorded.",
            "SG3a asks the support question for every enquiry where capacity was lacked.",
            "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend");
    static final Rule CAP_002 = r("MSP-CAP-002", ERROR, IN_PROGRESS,
            "The support answer is recorded only when the adult lacked capacity.",
            "SG3a asks about support only where capacity was lacked.",
            "enquiry.mentalCapacity.supportedByAdvocateFamilyOrFriend");
    static final Rule CAP_003 = r("MSP-CAP-003", WARNING, IN_PROGRESS,
            "When the adult would have substantial difficulty being involved and has no appropriate person, an "
                    + "independent advocate is arranged.",
            "The advocacy duty (Care Act 2014 s68) requires the council to arrange an independent advocate.",
            "enquiry.advocacy.independentAdvocateArranged");
    static final Rule CAP_004 = r("MSP-CAP-004", ERROR, SAC_COMPLETE,
            "A concluded section 42 enquiry records mental capacity (SG3a).",
            "SG3a counts every concluded section 42 enquiry exactly once.", "enquiry.mentalCapacity");
    static final Rule CAP_005 = r("MSP-CAP-005", WARNING, SAC_COMPLETE,
            "A concluded section 42 enquiry's capacity answer is not not-recorded.",
            "\"Not recorded\" is a valid SAC answer but a gap in practice.", "enquiry.mentalCapacity.lackedCapacity");

    // ---- consent -----------------------------------------------------------------------------------------
    static final Rule CON_001 = r("MSP-CON-001", ERROR, IN_PROGRESS,
            "Action without consent gives at least one reason.",
            "Acting without the person's consent is lawful only for stated reasons (emergency, others at risk, "
                    + "serious crime, unreasonably high risk, person in a position of trust).",
            "enquiry.consent.reasons");
    static final Rule CON_002 = r("MSP-CON-002", ERROR, IN_PROGRESS,
            "Action without consent records whether the person was told.",
            "The person must be told of action taken without their consent.", "enquiry.consent.personInformed");
    static final Rule CON_003 = r("MSP-CON-003", WARNING, IN_PROGRESS,
            "A person whose consent was overridden was told.",
            "Not telling the person is sometimes justified (it would put them in danger) but should be reviewed.",
            "enquiry.consent.personInformed");
    static final Rule CON_004 = r("MSP-CON-004", ERROR, IN_PROGRESS,
            "Reasons for action without consent, and whether the person was told, are recorded only when action was "
                    + "taken without consent.",
            "Otherwise the record contradicts itself.", "enquiry.consent.reasons, enquiry.consent.personInformed");

    // ---- questionnaires ----------------------------------------------------------------------------------
    static final Rule QST_001 = r("MSP-QST-001", ERROR, IN_PROGRESS,
            "A questionnaire response names an instrument id and version present in the validator's instrument "
                    + "catalogue.",
            "Answers only mean something against the definition of the items and scales they answer.",
            "questionnaires[].instrumentId, questionnaires[].instrumentVersion");
    static final Rule QST_002 = r("MSP-QST-002", ERROR, IN_PROGRESS,
            "A questionnaire that was not offered gives the reason.",
            "Part 2 is offered to everyone unless there is good reason not to; the reason is the audit trail.",
            "questionnaires[].notOfferedReason");
    static final Rule QST_003 = r("MSP-QST-003", ERROR, IN_PROGRESS,
            "A completed response names its respondent and has no not-offered reason; a not-offered response has no "
                    + "respondent and no answers.",
            "The status decides which parts make sense.",
            "questionnaires[].respondent, questionnaires[].notOfferedReason, questionnaires[].answers");
    static final Rule QST_004 = r("MSP-QST-004", ERROR, IN_PROGRESS,
            "A questionnaire answered by someone other than the adult names their role.",
            "Views given on the person's behalf (relative, carer, advocate, IMCA) are reported separately.",
            "questionnaires[].respondent.representativeRole");
    static final Rule QST_005 = r("MSP-QST-005", ERROR, IN_PROGRESS,
            "A closing questionnaire (an instrument asked at closure, such as Part 2) is dated on or after the "
                    + "enquiry's conclusion; on a record without an enquiry, only once the concern is decided as "
                    + "no-enquiry, and on or after it was received.",
            "Part 2 asks about the whole experience, at closure or within eight weeks of it.",
            "questionnaires[].date");
    static final Rule QST_006 = r("MSP-QST-006", ERROR, IN_PROGRESS,
            "A questionnaire response has a date.",
            "The date places the response in the journey and in a reporting year.", "questionnaires[].date");
    static final Rule QST_007 = r("MSP-QST-007", ERROR, IN_PROGRESS,
            "Every answer refers to an item of the instrument, and each item is answered at most once.",
            "An answer to an unknown or repeated item cannot be counted.", "questionnaires[].answers[].linkId");
    static final Rule QST_008 = r("MSP-QST-008", ERROR, IN_PROGRESS,
            "An answer to a scaled item is a code of the item's scale and has no text; an answer to a free-text item "
                    + "has text and no code.",
            "Answer distributions are counted per code of the scale.",
            "questionnaires[].answers[].code, questionnaires[].answers[].text");

    // ---- text and sizes ----------------------------------------------------------------------------------
    static final Rule TXT_001 = r("MSP-TXT-001", ERROR, IN_PROGRESS,
            "A free-text field, when present, is not blank.",
            "An empty wording or note is a missing value pretending to be present; leave it out instead.",
            "notes, outcomes.desiredOutcomes[].wording, outcomes.negotiatedOutcomes[].revisions[].wording, "
                    + "questionnaires[].answers[].text, organisations[].name");
    static final Rule TXT_002 = r("MSP-TXT-002", ERROR, IN_PROGRESS,
            "A free-text field is not longer than its limit (see the limits table).",
            "Limits keep records storable and exportable and stop a record from exhausting a reader's memory.",
            "see the limits table");
    static final Rule TXT_003 = r("MSP-TXT-003", ERROR, IN_PROGRESS,
            "An identifier or code is not longer than " + Limits.IDENTIFIER + " characters.",
            "Identifiers are keys, not text; a very long one is a mistake or an attack.", "see the limits table");
    static final Rule TXT_004 = r("MSP-TXT-004", ERROR, IN_PROGRESS,
            "A list is not longer than its limit (see the limits table).",
            "Real records are far below these sizes; larger lists are a mistake or an attack.",
            "see the limits table");

    private static final List<Rule> RULES = Collections.unmodifiableList(new ArrayList<>(ALL));

    private RuleCatalogue() {
    }

    private static Rule r(String id, Severity severity, Profile profile, String checks, String why, String paths) {
        Rule rule = new Rule(id, severity, profile, checks, why, paths);
        ALL.add(rule);
        return rule;
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
        StringBuilder sb = new StringBuilder();
        sb.append("# Validation rules\n\n")
                .append("<!-- Generated from org.mspsdk.validation.RuleCatalogue: do not edit by hand. Regenerate with\n")
                .append("     ./mvnw -B -pl msp-core -am verify -Dtest=RuleCatalogueDocTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dmsp.regenerateDocs=true -->\n\n")
                .append("Every finding of `org.mspsdk.validation.Validator` carries one of these rule ids, a severity, a path\n")
                .append("(record component names, for example `outcomes.negotiatedOutcomes[1].revisions[0].reason`, which map\n")
                .append("one to one to a JSON Pointer of the wire format) and a message without personal data.\n\n")
                .append("Profiles: `IN_PROGRESS` rules must hold at every save; `SAC_COMPLETE` rules are added when a caller\n")
                .append("validates for the SAC return (they apply to records with a section 42 enquiry, most once it is\n")
                .append("concluded). A record is valid when it has no ERROR. `[]` in a path stands for any index.\n\n")
                .append("The roll-up used by MSP-OUT-008 is the default of the domain: all outcomes fully achieved gives\n")
                .append("Fully; at least one fully or partially achieved gives Partially; otherwise Not achieved.\n");
        String area = "";
        for (Rule rule : RULES) {
            if (!rule.area().equals(area)) {
                area = rule.area();
                sb.append("\n## ").append(areaTitle(area)).append("\n\n")
                        .append("| id | severity | profile | checks | why | paths |\n")
                        .append("| --- | --- | --- | --- | --- | --- |\n");
            }
            sb.append("| ").append(rule.id()).append(" | ").append(rule.severity()).append(" | ").append(rule.profile())
                    .append(" | ").append(cell(rule.checks())).append(" | ").append(cell(rule.why())).append(" | ")
                    .append(cell(codeList(rule.paths()))).append(" |\n");
        }
        sb.append("\n## Limits\n\nLengths are counted in Unicode code points.\n\n")
                .append("| field | maximum length | rule |\n| --- | --- | --- |\n");
        limits(sb, Limits.textLengths(), TXT_002);
        limits(sb, Limits.identifierLengths(), TXT_003);
        sb.append("\n| list | maximum size | rule |\n| --- | --- | --- |\n");
        limits(sb, Limits.listSizes(), TXT_004);
        return sb.toString();
    }

    private static void limits(StringBuilder sb, Map<String, Integer> limits, Rule rule) {
        limits.forEach((path, max) -> sb.append("| `").append(path).append("` | ").append(max).append(" | ")
                .append(rule.id()).append(" |\n"));
    }

    private static String codeList(String paths) {
        if (paths.startsWith("see ")) {
            return paths;
        }
        StringBuilder sb = new StringBuilder();
        for (String p : paths.split(", ")) {
            sb.append(sb.length() == 0 ? "" : ", ").append('`').append(p).append('`');
        }
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String areaTitle(String area) {
        return switch (area) {
            case "PER" -> "Person (PER)";
            case "ORG" -> "Organisations (ORG)";
            case "DAT" -> "Dates (DAT)";
            case "ENQ" -> "Concern and enquiry (ENQ)";
            case "RSK" -> "Risk (RSK)";
            case "OUT" -> "Making Safeguarding Personal outcomes (OUT)";
            case "CAP" -> "Mental capacity and advocacy (CAP)";
            case "CON" -> "Consent (CON)";
            case "QST" -> "Experience questionnaires (QST)";
            case "TXT" -> "Text and sizes (TXT)";
            default -> area;
        };
    }
}
