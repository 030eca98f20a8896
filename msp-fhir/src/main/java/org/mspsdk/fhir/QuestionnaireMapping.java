package org.mspsdk.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.mspsdk.MspException.Kind;
import org.mspsdk.instrument.AnswerScale;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.Voice;
import org.mspsdk.vocabulary.NotOfferedReason;
import org.mspsdk.vocabulary.QuestionnaireStatus;

/**
 * An experience questionnaire response as a {@code QuestionnaireResponse} answering the published
 * {@code Questionnaire} ({@code questionnaire} = its canonical URL and version): completed as completed, not
 * offered as stopped with the reason as an extension; the respondent as {@code source}; the date as
 * {@code authored}; each answer, in the record's order, as an item whose answer is a Coding of the item's answer
 * scale or the person's own words as a string.
 */
final class QuestionnaireMapping {

    private QuestionnaireMapping() {
    }

    static String key(int index) {
        return "questionnaire/" + index;
    }

    /** The canonical URL and version of the Questionnaire an instrument is published as. */
    static String canonical(String instrumentId, String version) {
        return FhirUrls.questionnaire(instrumentId) + "|" + version;
    }

    static void write(List<QuestionnaireResponse> responses, InstrumentCatalogue catalogue, Reference patient,
            BundleWriter w) {
        for (int i = 0; i < responses.size(); i++) {
            QuestionnaireResponse q = responses.get(i);
            org.hl7.fhir.r4.model.QuestionnaireResponse f = new org.hl7.fhir.r4.model.QuestionnaireResponse();
            q.notOfferedReason().ifPresent(r -> f.addExtension(MspExtension.NOT_OFFERED_REASON.url(),
                    Codings.coding(r)));
            f.setQuestionnaire(canonical(q.instrumentId(), q.instrumentVersion()));
            f.setStatus(q.status() == QuestionnaireStatus.COMPLETED ? QuestionnaireResponseStatus.COMPLETED
                    : QuestionnaireResponseStatus.STOPPED);
            f.setSubject(patient);
            q.date().ifPresent(d -> f.setAuthoredElement(new DateTimeType(d.toString())));
            int index = i;
            q.respondent().ifPresent(v -> PartyMapping.writeVoice(v, f, f::setSource, patient, w,
                    "questionnaires[" + index + "].respondent"));
            Optional<Instrument> instrument = catalogue.find(q.instrumentId(), q.instrumentVersion());
            for (ItemAnswer a : q.answers()) {
                QuestionnaireResponseItemComponent item = f.addItem().setLinkId(a.linkId());
                a.code().ifPresent(code -> {
                    Optional<AnswerScale> scale = instrument.flatMap(ins -> ins.item(a.linkId()))
                            .flatMap(InstrumentItem::scale);
                    Coding coding = new Coding().setCode(code);
                    scale.ifPresent(s -> {
                        coding.setSystem(FhirUrls.codeSystem(s.id()));
                        s.option(code).ifPresent(o -> coding.setDisplay(o.label()));
                    });
                    item.addAnswer().setValue(coding);
                });
                a.text().ifPresent(text -> item.addAnswer().setValue(new StringType(text)));
            }
            w.add(key(i), f);
        }
    }

    static List<QuestionnaireResponse> read(BundleReader r, BundleReader.Entry patient, InstrumentCatalogue catalogue) {
        List<QuestionnaireResponse> out = new ArrayList<>();
        for (BundleReader.Entry e : r.ofType(org.hl7.fhir.r4.model.QuestionnaireResponse.class)) {
            r.use(e);
            out.add(readOne((org.hl7.fhir.r4.model.QuestionnaireResponse) e.resource(), e.path(), r, patient,
                    catalogue));
        }
        return out;
    }

    private static QuestionnaireResponse readOne(org.hl7.fhir.r4.model.QuestionnaireResponse f, String path,
            BundleReader r, BundleReader.Entry patient, InstrumentCatalogue catalogue) {
        BundleReader.checkExtensions(f, path, MspExtension.NOT_OFFERED_REASON, MspExtension.BEST_INTERESTS_DECISION);
        r.expectReference(f.getSubject(), patient, path + ".subject");
        String canonical = f.getQuestionnaire();
        String prefix = FhirUrls.BASE + "Questionnaire/";
        int bar = canonical == null ? -1 : canonical.indexOf('|');
        if (canonical == null || !canonical.startsWith(prefix) || bar < 0 || bar == canonical.length() - 1) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".questionnaire", "expected the canonical URL "
                    + "of an MSP Questionnaire with its version: " + prefix + "{instrument id}|{version}");
        }
        String instrumentId = canonical.substring(prefix.length(), bar);
        String version = canonical.substring(bar + 1);
        QuestionnaireStatus status = switch (f.getStatus() == null ? QuestionnaireResponseStatus.NULL : f.getStatus()) {
            case COMPLETED -> QuestionnaireStatus.COMPLETED;
            case STOPPED -> QuestionnaireStatus.NOT_OFFERED;
            default -> throw new FhirMappingException(Kind.INVALID_VALUE, path + ".status", "expected completed, "
                    + "or stopped for a questionnaire not offered (the record holds no drafts)");
        };
        Optional<Voice> respondent = f.hasSource() || f.hasExtension(MspExtension.BEST_INTERESTS_DECISION.url())
                ? Optional.of(PartyMapping.readVoice(f, path, f.getSource(), path + ".source", r, patient))
                : Optional.empty();
        Optional<java.time.LocalDate> date = f.hasAuthoredElement() && f.getAuthoredElement().hasValue()
                ? Optional.of(BundleReader.date(f.getAuthoredElement(), path + ".authored")) : Optional.empty();
        Optional<NotOfferedReason> reason = BundleReader.code(f.getExtension(), MspExtension.NOT_OFFERED_REASON,
                NotOfferedReason.class, path);
        Optional<Instrument> instrument = catalogue.find(instrumentId, version);
        List<ItemAnswer> answers = new ArrayList<>();
        for (int i = 0; i < f.getItem().size(); i++) {
            answers.add(answer(f.getItem().get(i), path + ".item[" + i + "]", instrument));
        }
        return new QuestionnaireResponse(instrumentId, version, status, respondent, date, reason, answers);
    }

    private static ItemAnswer answer(QuestionnaireResponseItemComponent item, String path,
            Optional<Instrument> instrument) {
        if (!item.hasLinkId() || item.getLinkId().isBlank()) {
            throw new FhirMappingException(Kind.MISSING_PART, path + ".linkId", "the item's link id is required");
        }
        if (item.hasItem()) {
            throw new FhirMappingException(Kind.INVALID_VALUE, path + ".item",
                    "MSP instruments have no nested items");
        }
        Optional<AnswerScale> scale = instrument.flatMap(ins -> ins.item(item.getLinkId()))
                .flatMap(InstrumentItem::scale);
        Optional<String> system = scale.map(s -> FhirUrls.codeSystem(s.id()));
        String code = null;
        String text = null;
        for (int j = 0; j < item.getAnswer().size(); j++) {
            QuestionnaireResponseItemAnswerComponent a = item.getAnswer().get(j);
            String p = path + ".answer[" + j + "].value";
            if (a.hasItem()) {
                throw new FhirMappingException(Kind.INVALID_VALUE, path + ".answer[" + j + "].item",
                        "MSP instruments have no nested items");
            }
            if (a.getValue() instanceof Coding c && code == null) {
                if (!c.hasCode()) {
                    throw new FhirMappingException(Kind.MISSING_PART, p + ".ofType(Coding).code", "a code is required");
                }
                if (system.isPresent() && !system.get().equals(c.getSystem())) {
                    throw new FhirMappingException(Kind.UNKNOWN_CODE, p + ".ofType(Coding).system",
                            "expected the item's answer scale " + system.get());
                }
                if (scale.isPresent() && scale.get().option(c.getCode()).isEmpty()) {
                    throw new FhirMappingException(Kind.UNKNOWN_CODE, p + ".ofType(Coding).code",
                            "the code is not in answer scale '" + scale.get().id() + "': expected one of "
                                    + scale.get().codes());
                }
                code = c.getCode();
            } else if (a.getValue() instanceof StringType s && text == null && s.hasValue()) {
                text = s.getValue();
            } else {
                throw new FhirMappingException(Kind.INVALID_VALUE, p, "expected at most one Coding (a code of the "
                        + "answer scale) and at most one string (the person's words)");
            }
        }
        return new ItemAnswer(item.getLinkId(), Optional.ofNullable(code), Optional.ofNullable(text));
    }
}
