package org.mspsdk.json;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.mspsdk.MspException;
import org.mspsdk.json.internal.WireNames;
import org.mspsdk.json.internal.WireNames.Name;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Concern;
import org.mspsdk.model.Consent;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.Code;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes one record in the canonical encoding: properties in the order of {@link WireNames}, empty optionals and
 * empty lists left out, codes as code strings, dates as {@code yyyy-mm-dd}, extensions written back at their
 * pointers after the known properties of their object. One instance per record.
 */
final class RecordEncoder {

    /** The pointer of the record itself. */
    private static final String ROOT = "";

    private final JsonGenerator g;
    private final ExtensionWriter extensions;

    private RecordEncoder(JsonFactory factory, JsonGenerator g) {
        this.g = g;
        this.extensions = new ExtensionWriter(factory, g);
    }

    /**
     * @param factory the bounded factory, for re-reading extension values
     * @param g       the generator to write to
     * @param r       the record
     */
    static void encode(JsonFactory factory, JsonGenerator g, SafeguardingRecord r) {
        if (r == null) {
            throw new MspException(MspException.Kind.ENCODE, "record is required but was null");
        }
        new RecordEncoder(factory, g).record(r);
    }

    static MspException encodeError(String message) {
        return new MspException(MspException.Kind.ENCODE, message);
    }

    private void record(SafeguardingRecord r) {
        String version = extensions.take(r.extensions());
        g.writeStartObject();
        g.writeStringProperty(WireNames.SafeguardingRecord.mspVersion.wireName(), version);
        string(WireNames.SafeguardingRecord.recordId, r.recordId());
        adult(open(ROOT, WireNames.SafeguardingRecord.adult), r.adult());
        list(ROOT, WireNames.SafeguardingRecord.organisations, r.organisations(), this::organisation);
        concern(open(ROOT, WireNames.SafeguardingRecord.concern), r.concern());
        if (r.enquiry().isPresent()) {
            enquiry(open(ROOT, WireNames.SafeguardingRecord.enquiry), r.enquiry().get());
        }
        if (!r.outcomes().equals(PersonalOutcomes.none())
                || extensions.holds(child(ROOT, WireNames.SafeguardingRecord.outcomes))) {
            outcomes(open(ROOT, WireNames.SafeguardingRecord.outcomes), r.outcomes());
        }
        list(ROOT, WireNames.SafeguardingRecord.questionnaires, r.questionnaires(), this::questionnaire);
        text(WireNames.SafeguardingRecord.notes, r.notes());
        text(WireNames.SafeguardingRecord.episodeId, r.episodeId());
        text(WireNames.SafeguardingRecord.recordedBy, r.recordedBy());
        end(ROOT, WireNames.SafeguardingRecord.class);
        extensions.checkAllWritten();
    }

    /** Writes the extensions held for this object, then closes it. */
    private void end(String pointer, Class<? extends Name> known) {
        extensions.writeHeld(pointer, known);
        g.writeEndObject();
    }

    private interface Item<T> {
        void write(String pointer, T value);
    }

    /**
     * @param parent the pointer of the object being written
     * @param name   one of its properties
     * @return the pointer of that property: built from the constant, so it is always where the property is written
     */
    private static String child(String parent, Name name) {
        // a wire name is a Java identifier: it holds no '/' or '~' to escape (RFC 6901)
        return parent + "/" + name.wireName();
    }

    /** Writes the property's name (its value, an object, follows) and returns the property's pointer. */
    private String open(String parent, Name name) {
        name(name);
        return child(parent, name);
    }

    private <T> void list(String parent, Name name, List<T> values, Item<T> item) {
        if (values.isEmpty()) {
            return;
        }
        String pointer = open(parent, name);
        g.writeStartArray();
        for (int i = 0; i < values.size(); i++) {
            item.write(pointer + "/" + i, values.get(i));
        }
        g.writeEndArray();
    }

    private void codes(Name name, Collection<? extends Code> values) {
        if (values.isEmpty()) {
            return;
        }
        name(name);
        g.writeStartArray();
        for (Code c : values) {
            g.writeString(c.code());
        }
        g.writeEndArray();
    }

    private void code(Name name, Optional<? extends Code> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name.wireName(), value.get().code());
        }
    }

    private void date(Name name, Optional<LocalDate> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name.wireName(), isoDate(value.get()));
        }
    }

    private static String isoDate(LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            throw encodeError("a date has a year outside 0000-9999; expected dates writable as yyyy-mm-dd");
        }
        return d.toString();
    }

    private void bool(Name name, Optional<Boolean> value) {
        if (value.isPresent()) {
            g.writeBooleanProperty(name.wireName(), value.get());
        }
    }

    private void text(Name name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name.wireName(), value.get());
        }
    }

    private void name(Name name) {
        g.writeName(name.wireName());
    }

    private void string(Name name, String value) {
        g.writeStringProperty(name.wireName(), value);
    }

    private void code(Name name, Code value) {
        g.writeStringProperty(name.wireName(), value.code());
    }

    private void date(Name name, LocalDate value) {
        g.writeStringProperty(name.wireName(), isoDate(value));
    }

    private void bool(Name name, boolean value) {
        g.writeBooleanProperty(name.wireName(), value);
    }

    private void adult(String ptr, AdultAtRisk a) {
        g.writeStartObject();
        string(WireNames.AdultAtRisk.personId, a.personId());
        if (a.nhsNumber().isPresent()) {
            string(WireNames.AdultAtRisk.nhsNumber, a.nhsNumber().get().value());
        }
        date(WireNames.AdultAtRisk.dateOfBirth, a.dateOfBirth());
        if (a.ageAtConcern().isPresent()) {
            int age = a.ageAtConcern().get();
            if (age < Wire.MIN_AGE || age > Wire.MAX_AGE) {
                throw encodeError(WireNames.SafeguardingRecord.adult.wireName() + "."
                        + WireNames.AdultAtRisk.ageAtConcern.wireName() + " is out of range; expected an integer from "
                        + Wire.MIN_AGE + " to " + Wire.MAX_AGE);
            }
            g.writeNumberProperty(WireNames.AdultAtRisk.ageAtConcern.wireName(), age);
        }
        date(WireNames.AdultAtRisk.dateOfDeath, a.dateOfDeath());
        code(WireNames.AdultAtRisk.gender, a.gender());
        code(WireNames.AdultAtRisk.ethnicity, a.ethnicity());
        code(WireNames.AdultAtRisk.primarySupportReason, a.primarySupportReason());
        bool(WireNames.AdultAtRisk.autismExcludingAsperger, a.autismExcludingAsperger());
        bool(WireNames.AdultAtRisk.aspergerOrHighFunctioningAutism, a.aspergerOrHighFunctioningAutism());
        end(ptr, WireNames.AdultAtRisk.class);
    }

    private void organisation(String ptr, OrganisationInvolvement o) {
        g.writeStartObject();
        string(WireNames.OrganisationInvolvement.code, o.code());
        text(WireNames.OrganisationInvolvement.name, o.name());
        code(WireNames.OrganisationInvolvement.type, o.type());
        codes(WireNames.OrganisationInvolvement.roles, o.roles());
        end(ptr, WireNames.OrganisationInvolvement.class);
    }

    private void concern(String ptr, Concern c) {
        g.writeStartObject();
        date(WireNames.Concern.receivedOn, c.receivedOn());
        code(WireNames.Concern.raisedBy, c.raisedBy());
        code(WireNames.Concern.outcome, c.outcome());
        code(WireNames.Concern.nextStep, c.nextStep());
        end(ptr, WireNames.Concern.class);
    }

    private void enquiry(String ptr, Enquiry e) {
        g.writeStartObject();
        code(WireNames.Enquiry.type, e.type());
        if (e.s42Criteria().isPresent()) {
            S42Criteria s = e.s42Criteria().get();
            String at = open(ptr, WireNames.Enquiry.s42Criteria);
            g.writeStartObject();
            bool(WireNames.S42Criteria.hasCareAndSupportNeeds, s.hasCareAndSupportNeeds());
            bool(WireNames.S42Criteria.experiencingOrAtRiskOfAbuse, s.experiencingOrAtRiskOfAbuse());
            bool(WireNames.S42Criteria.unableToProtectSelf, s.unableToProtectSelf());
            end(at, WireNames.S42Criteria.class);
        }
        date(WireNames.Enquiry.commencedOn, e.commencedOn());
        date(WireNames.Enquiry.concludedOn, e.concludedOn());
        list(ptr, WireNames.Enquiry.riskItems, e.riskItems(), this::riskItem);
        code(WireNames.Enquiry.result, e.result());
        code(WireNames.Enquiry.riskOutcome, e.riskOutcome());
        if (e.mentalCapacity().isPresent()) {
            MentalCapacity m = e.mentalCapacity().get();
            String at = open(ptr, WireNames.Enquiry.mentalCapacity);
            g.writeStartObject();
            code(WireNames.MentalCapacity.lackedCapacity, m.lackedCapacity());
            bool(WireNames.MentalCapacity.supportedByAdvocateFamilyOrFriend, m.supportedByAdvocateFamilyOrFriend());
            end(at, WireNames.MentalCapacity.class);
        }
        if (e.advocacy().isPresent()) {
            Advocacy a = e.advocacy().get();
            String at = open(ptr, WireNames.Enquiry.advocacy);
            g.writeStartObject();
            bool(WireNames.Advocacy.substantialDifficulty, a.substantialDifficulty());
            bool(WireNames.Advocacy.appropriatePersonAvailable, a.appropriatePersonAvailable());
            bool(WireNames.Advocacy.independentAdvocateArranged, a.independentAdvocateArranged());
            text(WireNames.Advocacy.recordedBy, a.recordedBy());
            end(at, WireNames.Advocacy.class);
        }
        if (e.consent().isPresent()) {
            Consent c = e.consent().get();
            String at = open(ptr, WireNames.Enquiry.consent);
            g.writeStartObject();
            code(WireNames.Consent.decision, c.decision());
            bool(WireNames.Consent.actionWithoutConsent, c.actionWithoutConsent());
            codes(WireNames.Consent.reasons, c.reasons());
            bool(WireNames.Consent.personInformed, c.personInformed());
            text(WireNames.Consent.recordedBy, c.recordedBy());
            end(at, WireNames.Consent.class);
        }
        end(ptr, WireNames.Enquiry.class);
    }

    private void riskItem(String ptr, RiskItem r) {
        g.writeStartObject();
        code(WireNames.RiskItem.type, r.type());
        code(WireNames.RiskItem.location, r.location());
        code(WireNames.RiskItem.source, r.source());
        end(ptr, WireNames.RiskItem.class);
    }

    private void outcomes(String ptr, PersonalOutcomes o) {
        g.writeStartObject();
        code(WireNames.PersonalOutcomes.asked, o.asked());
        list(ptr, WireNames.PersonalOutcomes.desiredOutcomes, o.desiredOutcomes(), this::desired);
        list(ptr, WireNames.PersonalOutcomes.negotiatedOutcomes, o.negotiatedOutcomes(), this::negotiated);
        code(WireNames.PersonalOutcomes.enquiryAchievement, o.enquiryAchievement());
        code(WireNames.PersonalOutcomes.feelingSafeAtStart, o.feelingSafeAtStart());
        code(WireNames.PersonalOutcomes.feelingSafeAtEnd, o.feelingSafeAtEnd());
        end(ptr, WireNames.PersonalOutcomes.class);
    }

    private void desired(String ptr, DesiredOutcome d) {
        g.writeStartObject();
        string(WireNames.DesiredOutcome.id, d.id());
        string(WireNames.DesiredOutcome.wording, d.wording());
        voice(open(ptr, WireNames.DesiredOutcome.expressedBy), d.expressedBy());
        date(WireNames.DesiredOutcome.expressedOn, d.expressedOn());
        code(WireNames.DesiredOutcome.stage, d.stage());
        code(WireNames.DesiredOutcome.category, d.category());
        text(WireNames.DesiredOutcome.recordedBy, d.recordedBy());
        end(ptr, WireNames.DesiredOutcome.class);
    }

    private void voice(String ptr, Voice v) {
        g.writeStartObject();
        code(WireNames.Voice.type, v.type());
        code(WireNames.Voice.representativeRole, v.representativeRole());
        end(ptr, WireNames.Voice.class);
    }

    private void negotiated(String ptr, NegotiatedOutcome n) {
        g.writeStartObject();
        string(WireNames.NegotiatedOutcome.id, n.id());
        if (!n.desiredOutcomeIds().isEmpty()) {
            name(WireNames.NegotiatedOutcome.desiredOutcomeIds);
            g.writeStartArray();
            for (String id : n.desiredOutcomeIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        list(ptr, WireNames.NegotiatedOutcome.revisions, n.revisions(), this::revision);
        if (n.achievement().isPresent()) {
            Achievement a = n.achievement().get();
            String at = open(ptr, WireNames.NegotiatedOutcome.achievement);
            g.writeStartObject();
            code(WireNames.Achievement.level, a.level());
            code(WireNames.Achievement.judgedBy, a.judgedBy());
            date(WireNames.Achievement.ratedOn, a.ratedOn());
            text(WireNames.Achievement.recordedBy, a.recordedBy());
            end(at, WireNames.Achievement.class);
        }
        end(ptr, WireNames.NegotiatedOutcome.class);
    }

    private void revision(String ptr, OutcomeRevision r) {
        g.writeStartObject();
        date(WireNames.OutcomeRevision.agreedOn, r.agreedOn());
        string(WireNames.OutcomeRevision.wording, r.wording());
        code(WireNames.OutcomeRevision.reason, r.reason());
        text(WireNames.OutcomeRevision.recordedBy, r.recordedBy());
        end(ptr, WireNames.OutcomeRevision.class);
    }

    private void questionnaire(String ptr, QuestionnaireResponse q) {
        g.writeStartObject();
        string(WireNames.QuestionnaireResponse.instrumentId, q.instrumentId());
        string(WireNames.QuestionnaireResponse.instrumentVersion, q.instrumentVersion());
        code(WireNames.QuestionnaireResponse.status, q.status());
        if (q.respondent().isPresent()) {
            voice(open(ptr, WireNames.QuestionnaireResponse.respondent), q.respondent().get());
        }
        date(WireNames.QuestionnaireResponse.date, q.date());
        code(WireNames.QuestionnaireResponse.notOfferedReason, q.notOfferedReason());
        list(ptr, WireNames.QuestionnaireResponse.answers, q.answers(), this::answer);
        text(WireNames.QuestionnaireResponse.recordedBy, q.recordedBy());
        end(ptr, WireNames.QuestionnaireResponse.class);
    }

    private void answer(String ptr, ItemAnswer a) {
        g.writeStartObject();
        string(WireNames.ItemAnswer.linkId, a.linkId());
        text(WireNames.ItemAnswer.code, a.code());
        text(WireNames.ItemAnswer.text, a.text());
        end(ptr, WireNames.ItemAnswer.class);
    }
}
