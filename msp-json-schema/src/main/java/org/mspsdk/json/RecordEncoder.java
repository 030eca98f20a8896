package org.mspsdk.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mspsdk.MspException;
import org.mspsdk.json.internal.SafeText;
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

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes one record in the canonical encoding: properties in the order of {@link Wire}, empty optionals and
 * empty lists left out, codes as code strings, dates as {@code yyyy-mm-dd}, extensions written back at their
 * pointers after the known properties of their object. One instance per record.
 */
final class RecordEncoder {

    private final JsonFactory factory;
    private final JsonGenerator g;
    /** Extensions still to write, grouped by the pointer of the object that holds them. */
    private final Map<String, List<String[]>> pending = new LinkedHashMap<>();

    private RecordEncoder(JsonFactory factory, JsonGenerator g) {
        this.factory = factory;
        this.g = g;
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

    private static MspException encodeError(String message) {
        return new MspException(MspException.Kind.ENCODE, message);
    }

    private void record(SafeguardingRecord r) {
        String version = MspJson.WIRE_VERSION;
        for (Map.Entry<String, String> e : r.extensions().entrySet()) {
            String pointer = e.getKey();
            if (pointer.equals(Wire.VERSION_POINTER)) {
                version = extensionVersion(e.getValue());
                continue;
            }
            if (!pointer.startsWith("/")) {
                throw encodeError("extensions key is not a JSON Pointer starting with '/'; expected a pointer such "
                        + "as /adult/newField");
            }
            int slash = pointer.lastIndexOf('/');
            pending.computeIfAbsent(pointer.substring(0, slash), k -> new ArrayList<>())
                    .add(new String[] {Wire.unescape(pointer.substring(slash + 1)), e.getValue(), pointer});
        }
        g.writeStartObject();
        g.writeStringProperty(Wire.VERSION, version);
        g.writeStringProperty("recordId", r.recordId());
        g.writeName("adult");
        adult("/adult", r.adult());
        list("organisations", "/organisations", r.organisations(), this::organisation);
        g.writeName("concern");
        concern("/concern", r.concern());
        if (r.enquiry().isPresent()) {
            g.writeName("enquiry");
            enquiry("/enquiry", r.enquiry().get());
        }
        if (!r.outcomes().equals(PersonalOutcomes.none()) || pending.containsKey("/outcomes")) {
            g.writeName("outcomes");
            outcomes("/outcomes", r.outcomes());
        }
        list("questionnaires", "/questionnaires", r.questionnaires(), this::questionnaire);
        text("notes", r.notes());
        end("", Wire.RECORD);
        if (!pending.isEmpty()) {
            throw encodeError("extensions hold " + pending.values().stream().mapToInt(List::size).sum()
                    + " pointer(s) that name no object of the record; expected each pointer's parent to be an "
                    + "object the record writes");
        }
    }

    private static String extensionVersion(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            String v = raw.substring(1, raw.length() - 1);
            if (RecordDecoder.isSameMajorVersion(v)) {
                return v;
            }
        }
        throw encodeError("extensions[/mspVersion] is not a JSON string holding a version 1.x");
    }

    /** Writes the extensions held for this object, then closes it. */
    private void end(String pointer, List<String> known) {
        List<String[]> mine = pending.remove(pointer);
        if (mine != null) {
            for (String[] ext : mine) {
                if (known.contains(ext[0])) {
                    throw encodeError("extension " + SafeText.pointer(ext[2]) + " has the name of a property the "
                            + "format defines; expected only properties unknown to version " + MspJson.WIRE_VERSION);
                }
                g.writeName(ext[0]);
                copyRaw(ext[2], ext[1]);
            }
        }
        g.writeEndObject();
    }

    private void copyRaw(String pointer, String raw) {
        try (JsonParser p = factory.createParser(raw)) {
            if (p.nextToken() == null) {
                throw encodeError("extension " + SafeText.pointer(pointer) + " is empty; expected one JSON value");
            }
            g.copyCurrentStructureExact(p);
            if (p.nextToken() != null) {
                throw encodeError("extension " + SafeText.pointer(pointer)
                        + " holds more than one JSON value; expected one");
            }
        } catch (JacksonException e) {
            throw encodeError("extension " + SafeText.pointer(pointer)
                    + " is not well-formed JSON; expected one JSON value");
        }
    }

    private interface Item<T> {
        void write(String pointer, T value);
    }

    private <T> void list(String name, String pointer, List<T> values, Item<T> item) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (int i = 0; i < values.size(); i++) {
            item.write(pointer + "/" + i, values.get(i));
        }
        g.writeEndArray();
    }

    private void codes(String name, Collection<? extends Code> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Code c : values) {
            g.writeString(c.code());
        }
        g.writeEndArray();
    }

    private void code(String name, Optional<? extends Code> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().code());
        }
    }

    private void date(String name, Optional<LocalDate> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, isoDate(value.get()));
        }
    }

    private static String isoDate(LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            throw encodeError("a date has a year outside 0000-9999; expected dates writable as yyyy-mm-dd");
        }
        return d.toString();
    }

    private void bool(String name, Optional<Boolean> value) {
        if (value.isPresent()) {
            g.writeBooleanProperty(name, value.get());
        }
    }

    private void text(String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private void adult(String ptr, AdultAtRisk a) {
        g.writeStartObject();
        g.writeStringProperty("personId", a.personId());
        if (a.nhsNumber().isPresent()) {
            g.writeStringProperty("nhsNumber", a.nhsNumber().get().value());
        }
        date("dateOfBirth", a.dateOfBirth());
        if (a.ageAtConcern().isPresent()) {
            int age = a.ageAtConcern().get();
            if (age < Wire.MIN_AGE || age > Wire.MAX_AGE) {
                throw encodeError("adult.ageAtConcern is out of range; expected an integer from " + Wire.MIN_AGE
                        + " to " + Wire.MAX_AGE);
            }
            g.writeNumberProperty("ageAtConcern", age);
        }
        date("dateOfDeath", a.dateOfDeath());
        code("gender", a.gender());
        code("ethnicity", a.ethnicity());
        code("primarySupportReason", a.primarySupportReason());
        bool("autismExcludingAsperger", a.autismExcludingAsperger());
        bool("aspergerOrHighFunctioningAutism", a.aspergerOrHighFunctioningAutism());
        end(ptr, Wire.ADULT);
    }

    private void organisation(String ptr, OrganisationInvolvement o) {
        g.writeStartObject();
        g.writeStringProperty("code", o.code());
        text("name", o.name());
        g.writeStringProperty("type", o.type().code());
        codes("roles", o.roles());
        end(ptr, Wire.ORGANISATION);
    }

    private void concern(String ptr, Concern c) {
        g.writeStartObject();
        g.writeStringProperty("receivedOn", isoDate(c.receivedOn()));
        g.writeStringProperty("raisedBy", c.raisedBy().code());
        code("outcome", c.outcome());
        code("nextStep", c.nextStep());
        end(ptr, Wire.CONCERN);
    }

    private void enquiry(String ptr, Enquiry e) {
        g.writeStartObject();
        g.writeStringProperty("type", e.type().code());
        if (e.s42Criteria().isPresent()) {
            S42Criteria s = e.s42Criteria().get();
            g.writeName("s42Criteria");
            g.writeStartObject();
            g.writeBooleanProperty("hasCareAndSupportNeeds", s.hasCareAndSupportNeeds());
            g.writeBooleanProperty("experiencingOrAtRiskOfAbuse", s.experiencingOrAtRiskOfAbuse());
            g.writeBooleanProperty("unableToProtectSelf", s.unableToProtectSelf());
            end(ptr + "/s42Criteria", Wire.S42);
        }
        g.writeStringProperty("commencedOn", isoDate(e.commencedOn()));
        date("concludedOn", e.concludedOn());
        list("riskItems", ptr + "/riskItems", e.riskItems(), this::riskItem);
        code("result", e.result());
        code("riskOutcome", e.riskOutcome());
        if (e.mentalCapacity().isPresent()) {
            MentalCapacity m = e.mentalCapacity().get();
            g.writeName("mentalCapacity");
            g.writeStartObject();
            g.writeStringProperty("lackedCapacity", m.lackedCapacity().code());
            bool("supportedByAdvocateFamilyOrFriend", m.supportedByAdvocateFamilyOrFriend());
            end(ptr + "/mentalCapacity", Wire.CAPACITY);
        }
        if (e.advocacy().isPresent()) {
            Advocacy a = e.advocacy().get();
            g.writeName("advocacy");
            g.writeStartObject();
            bool("substantialDifficulty", a.substantialDifficulty());
            bool("appropriatePersonAvailable", a.appropriatePersonAvailable());
            bool("independentAdvocateArranged", a.independentAdvocateArranged());
            end(ptr + "/advocacy", Wire.ADVOCACY);
        }
        if (e.consent().isPresent()) {
            Consent c = e.consent().get();
            g.writeName("consent");
            g.writeStartObject();
            g.writeStringProperty("decision", c.decision().code());
            g.writeBooleanProperty("actionWithoutConsent", c.actionWithoutConsent());
            codes("reasons", c.reasons());
            bool("personInformed", c.personInformed());
            end(ptr + "/consent", Wire.CONSENT);
        }
        end(ptr, Wire.ENQUIRY);
    }

    private void riskItem(String ptr, RiskItem r) {
        g.writeStartObject();
        g.writeStringProperty("type", r.type().code());
        code("location", r.location());
        code("source", r.source());
        end(ptr, Wire.RISK_ITEM);
    }

    private void outcomes(String ptr, PersonalOutcomes o) {
        g.writeStartObject();
        code("asked", o.asked());
        list("desiredOutcomes", ptr + "/desiredOutcomes", o.desiredOutcomes(), this::desired);
        list("negotiatedOutcomes", ptr + "/negotiatedOutcomes", o.negotiatedOutcomes(), this::negotiated);
        code("enquiryAchievement", o.enquiryAchievement());
        code("feelingSafeAtStart", o.feelingSafeAtStart());
        code("feelingSafeAtEnd", o.feelingSafeAtEnd());
        end(ptr, Wire.OUTCOMES);
    }

    private void desired(String ptr, DesiredOutcome d) {
        g.writeStartObject();
        g.writeStringProperty("id", d.id());
        g.writeStringProperty("wording", d.wording());
        g.writeName("expressedBy");
        voice(ptr + "/expressedBy", d.expressedBy());
        g.writeStringProperty("expressedOn", isoDate(d.expressedOn()));
        g.writeStringProperty("stage", d.stage().code());
        code("category", d.category());
        end(ptr, Wire.DESIRED);
    }

    private void voice(String ptr, Voice v) {
        g.writeStartObject();
        g.writeStringProperty("type", v.type().code());
        code("representativeRole", v.representativeRole());
        end(ptr, Wire.VOICE);
    }

    private void negotiated(String ptr, NegotiatedOutcome n) {
        g.writeStartObject();
        g.writeStringProperty("id", n.id());
        if (!n.desiredOutcomeIds().isEmpty()) {
            g.writeName("desiredOutcomeIds");
            g.writeStartArray();
            for (String id : n.desiredOutcomeIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        list("revisions", ptr + "/revisions", n.revisions(), this::revision);
        if (n.achievement().isPresent()) {
            Achievement a = n.achievement().get();
            g.writeName("achievement");
            g.writeStartObject();
            g.writeStringProperty("level", a.level().code());
            g.writeStringProperty("judgedBy", a.judgedBy().code());
            g.writeStringProperty("ratedOn", isoDate(a.ratedOn()));
            end(ptr + "/achievement", Wire.ACHIEVEMENT);
        }
        end(ptr, Wire.NEGOTIATED);
    }

    private void revision(String ptr, OutcomeRevision r) {
        g.writeStartObject();
        g.writeStringProperty("agreedOn", isoDate(r.agreedOn()));
        g.writeStringProperty("wording", r.wording());
        code("reason", r.reason());
        end(ptr, Wire.REVISION);
    }

    private void questionnaire(String ptr, QuestionnaireResponse q) {
        g.writeStartObject();
        g.writeStringProperty("instrumentId", q.instrumentId());
        g.writeStringProperty("instrumentVersion", q.instrumentVersion());
        g.writeStringProperty("status", q.status().code());
        if (q.respondent().isPresent()) {
            g.writeName("respondent");
            voice(ptr + "/respondent", q.respondent().get());
        }
        date("date", q.date());
        code("notOfferedReason", q.notOfferedReason());
        list("answers", ptr + "/answers", q.answers(), this::answer);
        end(ptr, Wire.QUESTIONNAIRE);
    }

    private void answer(String ptr, ItemAnswer a) {
        g.writeStartObject();
        g.writeStringProperty("linkId", a.linkId());
        text("code", a.code());
        text("text", a.text());
        end(ptr, Wire.ANSWER);
    }
}
