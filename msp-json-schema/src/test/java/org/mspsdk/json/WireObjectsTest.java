package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mspsdk.json.internal.WireNames;
import org.mspsdk.json.internal.WireNames.Name;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.testing.CanaryRecords;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.NoEnquiryNextStep;
import org.mspsdk.vocabulary.OrganisationType;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.NotOfferedReason;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every object of the wire format, walked by its {@link WireNames} enum: every constant is written by the encoder
 * and read back by its binder (so a binder without a {@code case} for a constant fails here, not in production),
 * and an unknown property kept by tolerant decoding is written back inside the object that held it.
 */
class WireObjectsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String UNKNOWN = "x-unknown";

    /** The object a property holds (or whose items an array property holds), by the property's constant. */
    private static final Map<Name, Class<? extends Name>> NESTED = Map.ofEntries(
            Map.entry(WireNames.SafeguardingRecord.adult, WireNames.AdultAtRisk.class),
            Map.entry(WireNames.SafeguardingRecord.organisations, WireNames.OrganisationInvolvement.class),
            Map.entry(WireNames.SafeguardingRecord.concern, WireNames.Concern.class),
            Map.entry(WireNames.SafeguardingRecord.enquiry, WireNames.Enquiry.class),
            Map.entry(WireNames.SafeguardingRecord.outcomes, WireNames.PersonalOutcomes.class),
            Map.entry(WireNames.SafeguardingRecord.questionnaires, WireNames.QuestionnaireResponse.class),
            Map.entry(WireNames.Enquiry.s42Criteria, WireNames.S42Criteria.class),
            Map.entry(WireNames.Enquiry.riskItems, WireNames.RiskItem.class),
            Map.entry(WireNames.Enquiry.mentalCapacity, WireNames.MentalCapacity.class),
            Map.entry(WireNames.Enquiry.advocacy, WireNames.Advocacy.class),
            Map.entry(WireNames.Enquiry.consent, WireNames.Consent.class),
            Map.entry(WireNames.PersonalOutcomes.desiredOutcomes, WireNames.DesiredOutcome.class),
            Map.entry(WireNames.PersonalOutcomes.negotiatedOutcomes, WireNames.NegotiatedOutcome.class),
            Map.entry(WireNames.DesiredOutcome.expressedBy, WireNames.Voice.class),
            Map.entry(WireNames.NegotiatedOutcome.revisions, WireNames.OutcomeRevision.class),
            Map.entry(WireNames.NegotiatedOutcome.achievement, WireNames.Achievement.class),
            Map.entry(WireNames.QuestionnaireResponse.respondent, WireNames.Voice.class),
            Map.entry(WireNames.QuestionnaireResponse.answers, WireNames.ItemAnswer.class));

    /** One object found in a document: its name enum, its pointer and the object. */
    private record Found(Class<? extends Name> type, String pointer, ObjectNode node) {
    }

    private static List<Found> objects(JsonNode document) {
        List<Found> out = new ArrayList<>();
        walk(WireNames.SafeguardingRecord.class, "", (ObjectNode) document, out);
        return out;
    }

    private static void walk(Class<? extends Name> type, String pointer, ObjectNode node, List<Found> out) {
        out.add(new Found(type, pointer, node));
        for (Name n : type.getEnumConstants()) {
            JsonNode value = node.get(n.wireName());
            Class<? extends Name> nested = NESTED.get(n);
            if (value == null || nested == null) {
                continue;
            }
            String at = pointer + "/" + n.wireName();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walk(nested, at + "/" + i, (ObjectNode) value.get(i), out);
                }
            } else {
                walk(nested, at, (ObjectNode) value, out);
            }
        }
    }

    private static Set<Class<?>> allObjectTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Class<?> c : WireNames.class.getDeclaredClasses()) {
            if (c.isEnum() && Name.class.isAssignableFrom(c)) {
                types.add(c);
            }
        }
        return types;
    }

    /** The canary record without extensions, and variants that fill what it leaves out. */
    private static List<SafeguardingRecord> everyPropertyOnce() {
        SafeguardingRecord full = CanaryRecords.record().toBuilder().extensions(Map.of()).build();
        SafeguardingRecord variant = full.toBuilder()
                .adult(AdultAtRisk.builder("p-2").ageAtConcern(84).dateOfDeath(LocalDate.of(2025, 9, 30))
                        .gender(Gender.values()[0]).ethnicity(Ethnicity.values()[0])
                        .primarySupportReason(PrimarySupportReason.values()[0]).autismExcludingAsperger(false)
                        .aspergerOrHighFunctioningAutism(true).build())
                .organisations(List.of(OrganisationInvolvement.of("ORG-1", "Provider name", OrganisationType.values()[0],
                        List.of())))
                .concern(full.concern().noEnquiry(NoEnquiryNextStep.values()[0]))
                .questionnaires(List.of(QuestionnaireResponse.notOffered("instrument", "1", LocalDate.of(2025, 9, 1),
                        NotOfferedReason.values()[0])))
                .build();
        List<SafeguardingRecord> records = new ArrayList<>(List.of(full, variant, linked(full)));
        records.addAll(new SyntheticDataGenerator(11).records(200));
        return records;
    }

    /** The record as a linked record of a journey, with every part attributed to the organisation on it. */
    private static SafeguardingRecord linked(SafeguardingRecord full) {
        String org = full.organisations().get(0).code();
        org.mspsdk.model.Enquiry e = full.enquiry().orElseThrow();
        org.mspsdk.model.PersonalOutcomes o = full.outcomes();
        return full.toBuilder()
                .episodeId("EP-1")
                .recordedBy(org)
                .enquiry(e.toBuilder().consent(e.consent().orElseThrow().withRecordedBy(org))
                        .advocacy(e.advocacy().orElseThrow().withRecordedBy(org)).build())
                .outcomes(o.toBuilder()
                        .desiredOutcomes(o.desiredOutcomes().stream().map(d -> d.withRecordedBy(org)).toList())
                        .negotiatedOutcomes(o.negotiatedOutcomes().stream().map(n -> new org.mspsdk.model.NegotiatedOutcome(
                                n.id(), n.desiredOutcomeIds(), n.revisions().stream().map(r -> r.withRecordedBy(org)).toList(),
                                n.achievement().map(a -> a.withRecordedBy(org)))).toList())
                        .build())
                .questionnaires(full.questionnaires().stream().map(q -> q.withRecordedBy(org)).toList())
                .build();
    }

    @Test
    void everyConstantOfEveryObjectIsWrittenAndReadBack() {
        Map<Class<?>, Set<String>> written = new HashMap<>();
        for (SafeguardingRecord r : everyPropertyOnce()) {
            String doc = MspJson.strict().write(r);
            assertThat(MspJson.strict().read(doc)).isEqualTo(r);
            for (Found f : objects(MAPPER.readTree(doc))) {
                written.computeIfAbsent(f.type(), k -> new LinkedHashSet<>()).addAll(f.node().propertyNames());
            }
        }
        Map<Class<?>, Set<String>> expected = new LinkedHashMap<>();
        for (Class<?> type : allObjectTypes()) {
            Set<String> names = new LinkedHashSet<>();
            Arrays.stream(type.getEnumConstants()).forEach(e -> names.add(((Name) e).wireName()));
            expected.put(type, names);
        }
        assertThat(expected).hasSize(18);
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void anUnknownPropertyOfEveryObjectIsWrittenBackInsideThatObject() {
        SafeguardingRecord full = CanaryRecords.record().toBuilder().extensions(Map.of()).build();
        JsonNode document = MAPPER.readTree(MspJson.strict().write(full));
        List<Found> objects = objects(document);
        assertThat(objects.stream().<Class<?>>map(Found::type).distinct()).containsExactlyInAnyOrderElementsOf(allObjectTypes());
        Map<String, String> expectedExtensions = new LinkedHashMap<>();
        for (Found f : objects) {
            // the value names the object it was put in
            f.node().put(UNKNOWN, f.pointer());
            expectedExtensions.put(f.pointer() + "/" + UNKNOWN, MAPPER.writeValueAsString(f.pointer()));
        }

        SafeguardingRecord kept = MspJson.tolerant().read(MAPPER.writeValueAsString(document));
        assertThat(kept.extensions()).isEqualTo(expectedExtensions);

        JsonNode written = MAPPER.readTree(MspJson.strict().write(kept));
        List<Found> back = objects(written);
        assertThat(back).hasSameSizeAs(objects);
        for (Found f : back) {
            assertThat(f.node().get(UNKNOWN)).as("the unknown property of %s", f.pointer()).isNotNull();
            assertThat(f.node().get(UNKNOWN).asString()).as("written back in %s", f.pointer()).isEqualTo(f.pointer());
        }
        assertThat(written).isEqualTo(document);
    }
}
