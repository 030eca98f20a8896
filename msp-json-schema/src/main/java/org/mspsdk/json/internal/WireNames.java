package org.mspsdk.json.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The property names of the wire format, one enum per JSON object, each named after the object's {@code $defs}
 * entry in the published schema ({@link SafeguardingRecord} is the schema's root). A constant's name is the
 * property name itself, so the name is written exactly once; the declaration order is the order in which the
 * encoder writes the properties and the schema lists them. The decoder dispatches on these constants, the
 * encoder writes them, and {@code VocabularyAgreementTest} checks every enum against the schema.
 *
 * <p>To add a property: add a constant to its object's enum (in writing order), a {@code case} to that object's
 * binder (a constant without one fails every document that has it, and {@code WireObjectsTest}, which writes and
 * reads back every constant of every object), a write in {@code RecordEncoder}, and the property to the schema
 * ({@code schema/defs.json}). To add an object: add an enum named after its schema
 * definition, a binder method and an encoder method.
 *
 * <p>Not part of the public API: it may change in any release.
 */
public final class WireNames {


    private WireNames() {
    }

    /**
     * @param name a property name from a document
     * @return whether it is a property name of the wire format (of any of its objects): such a name is the
     *     format's vocabulary, never a value of the document, so messages may show it
     */
    public static boolean isWireName(String name) {
        return ALL.contains(name);
    }

    /**
     * The properties of the register of Safeguarding Adults Reviews ({@code sar-register.json}, read and written by
     * {@code org.mspsdk.returns.io.SarJson}): a document of its own, not part of the record, so outside the
     * per-object enums the record's tests walk.
     */
    public static final Set<String> SAR_REGISTER = Set.of("formatVersion", "reviews");
    /** The properties of one review of the register. */
    public static final Set<String> SAR_REVIEW = Set.of("reviewId", "commissionedOn", "completedOn", "oneOrMoreDied",
            "individualsDied", "individualsSurvived");

    /** Every property name of the wire format, of whichever object (after the sets above, which it reads). */
    private static final Set<String> ALL = allNames();

    private static Set<String> allNames() {
        Set<String> names = new HashSet<>(SAR_REGISTER);
        names.addAll(SAR_REVIEW);
        for (Class<?> c : WireNames.class.getDeclaredClasses()) {
            if (c.isEnum() && Name.class.isAssignableFrom(c)) {
                for (Object e : c.getEnumConstants()) {
                    names.add(((Name) e).wireName());
                }
            }
        }
        return Set.copyOf(names);
    }

    /** A property of one object of the wire format: the enum constants below. */
    public interface Name {
        /** @return the property name as it appears in a document (the enum constant's name) */
        default String wireName() {
            return ((Enum<?>) this).name();
        }
    }

    /** The record document itself (the root object). */
    public enum SafeguardingRecord implements Name {
        mspVersion, recordId, adult, organisations, concern, enquiry, outcomes, questionnaires, notes, episodeId,
        recordedBy
    }

    /** The adult at risk ({@code adult}). */
    public enum AdultAtRisk implements Name {
        personId, nhsNumber, dateOfBirth, ageAtConcern, dateOfDeath, gender, ethnicity, primarySupportReason,
        autismExcludingAsperger, aspergerOrHighFunctioningAutism
    }

    /** One item of {@code organisations}. */
    public enum OrganisationInvolvement implements Name {
        code, name, type, roles
    }

    /** The concern ({@code concern}). */
    public enum Concern implements Name {
        receivedOn, raisedBy, outcome, nextStep
    }

    /** The enquiry ({@code enquiry}). */
    public enum Enquiry implements Name {
        type, s42Criteria, commencedOn, concludedOn, riskItems, result, riskOutcome, mentalCapacity, advocacy, consent
    }

    /** The section 42 criteria ({@code enquiry/s42Criteria}). */
    public enum S42Criteria implements Name {
        hasCareAndSupportNeeds, experiencingOrAtRiskOfAbuse, unableToProtectSelf
    }

    /** One item of {@code enquiry/riskItems}. */
    public enum RiskItem implements Name {
        type, location, source
    }

    /** Mental capacity ({@code enquiry/mentalCapacity}). */
    public enum MentalCapacity implements Name {
        lackedCapacity, supportedByAdvocateFamilyOrFriend
    }

    /** Advocacy ({@code enquiry/advocacy}). */
    public enum Advocacy implements Name {
        substantialDifficulty, appropriatePersonAvailable, independentAdvocateArranged, recordedBy
    }

    /** Consent ({@code enquiry/consent}). */
    public enum Consent implements Name {
        decision, actionWithoutConsent, reasons, personInformed, recordedBy
    }

    /** The person's outcomes ({@code outcomes}). */
    public enum PersonalOutcomes implements Name {
        asked, desiredOutcomes, negotiatedOutcomes, enquiryAchievement, feelingSafeAtStart, feelingSafeAtEnd
    }

    /** One item of {@code outcomes/desiredOutcomes}. */
    public enum DesiredOutcome implements Name {
        id, wording, expressedBy, expressedOn, stage, category, recordedBy
    }

    /** Whose voice ({@code expressedBy}, {@code respondent}). */
    public enum Voice implements Name {
        type, representativeRole
    }

    /** One item of {@code outcomes/negotiatedOutcomes}. */
    public enum NegotiatedOutcome implements Name {
        id, desiredOutcomeIds, revisions, achievement
    }

    /** One item of a negotiated outcome's {@code revisions}. */
    public enum OutcomeRevision implements Name {
        agreedOn, wording, reason, recordedBy
    }

    /** A negotiated outcome's {@code achievement}. */
    public enum Achievement implements Name {
        level, judgedBy, ratedOn, recordedBy
    }

    /** One item of {@code questionnaires}. */
    public enum QuestionnaireResponse implements Name {
        instrumentId, instrumentVersion, status, respondent, date, notOfferedReason, answers, recordedBy
    }

    /** One item of a questionnaire response's {@code answers}. */
    public enum ItemAnswer implements Name {
        linkId, code, text
    }
}
