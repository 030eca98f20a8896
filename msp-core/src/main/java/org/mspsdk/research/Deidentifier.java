package org.mspsdk.research;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.mspsdk.MspException;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.internal.SupportedDates;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.QuestionnaireResponse;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.Sg1aAge;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.OrganisationType;

/**
 * Turns safeguarding records into their de-identified {@link ResearchRecord} form.
 *
 * <ul>
 *   <li>person, record and (by default) non-public organisation codes become keyed pseudonyms: lower-case hex of
 *       HMAC-SHA-256 under the {@link PseudonymKey} over {@code "person:" + id}, {@code "record:" + id} or
 *       {@code "organisation:" + code}; the same key gives the same pseudonym in every run;</li>
 *   <li>the NHS number, organisation names, notes, extensions and every wording and free-text answer are
 *       removed, and listed by path in {@link ResearchRecord#removed()};</li>
 *   <li>the date of birth becomes the SG1a age band and a five-year band, at the last day of the reporting
 *       year of the enquiry start (else of the concern), or at death if earlier; where only the age at the
 *       concern is known, that age is used; the date of death becomes its year;</li>
 *   <li>every other date becomes its month ({@code 2025-06}, the default) or reporting year ({@code 2025-26}),
 *       and the enquiry and concern also carry their reporting years;</li>
 *   <li>desired and negotiated outcome ids become record-local ordinals ({@code d1}, {@code n1}) with their
 *       links kept; questionnaire answers keep their scale code only when the instrument is in the catalogue
 *       and the code is on the item's scale;</li>
 *   <li>every code and category is kept, and so is every attribution ({@code recordedBy} of the record, its desired
 *       outcomes, revisions, ratings, questionnaire responses, consent and advocacy): organisation codes are not
 *       personal data, and an attribution is written as its organisation is in {@link ResearchRecord#organisations()}
 *       (a keyed pseudonym for a provider when providers are pseudonymised), so a partner's part can still be shown;
 *       the journey's {@code episodeId} becomes a keyed pseudonym over {@code "episode:" + id}, so the records of one
 *       journey stay linked.</li>
 * </ul>
 *
 * <pre>{@code
 * Deidentifier deid = Deidentifier.builder(PseudonymKey.fromEnvironment("MSP_RESEARCH_KEY"))
 *         .dates(DateGranularity.MONTH)
 *         .pseudonymiseProviders(true)
 *         .build();
 * ResearchRecord r = deid.deidentify(record);
 * }</pre>
 *
 * <p>Thread-safe and stateless apart from its settings.
 */
public final class Deidentifier {

    /** The organisation types kept by code: public bodies. Others are providers and may be pseudonymised. */
    static final Set<OrganisationType> PUBLIC_BODIES = Set.of(OrganisationType.LOCAL_AUTHORITY,
            OrganisationType.NHS_TRUST, OrganisationType.GP_PRACTICE, OrganisationType.POLICE);

    private final PseudonymKey key;
    private final DateGranularity granularity;
    private final boolean pseudonymiseProviders;
    private final InstrumentCatalogue catalogue;

    private Deidentifier(Builder b) {
        this.key = b.key;
        this.granularity = b.granularity;
        this.pseudonymiseProviders = b.pseudonymiseProviders;
        this.catalogue = b.catalogue;
    }

    /**
     * Starts a builder: month dates, providers pseudonymised, the built-in instrument catalogue.
     *
     * @param key the pseudonym key
     * @return a builder
     */
    public static Builder builder(PseudonymKey key) {
        return new Builder(Objects.requireNonNull(key, "key"));
    }

    /** @return the date granularity */
    public DateGranularity dates() {
        return granularity;
    }

    /** @return whether non-public organisation codes are pseudonymised */
    public boolean pseudonymisesProviders() {
        return pseudonymiseProviders;
    }

    /**
     * De-identifies one record.
     *
     * @param record the record
     * @return its research form
     * @throws MspException of kind {@link MspException.Kind#INVALID_VALUE} when the adult's age at the SG1a
     *     reference date is under 18, or a date of the journey is outside 1900-04-01 to 9999-03-31 (rule
     *     MSP-DAT-005; the message names the field, never the value). A record without an ERROR finding of the
     *     validator never fails either way
     */
    public ResearchRecord deidentify(SafeguardingRecord record) {
        Objects.requireNonNull(record, "record");
        Set<String> removed = new TreeSet<>();
        AdultAtRisk adult = record.adult();
        if (adult.nhsNumber().isPresent()) {
            removed.add("adult.nhsNumber");
        }
        if (record.notes().isPresent()) {
            removed.add("notes");
        }
        if (!record.extensions().isEmpty()) {
            removed.add("extensions");
        }
        LocalDate ageReference = record.enquiry().map(Enquiry::commencedOn).orElse(record.concern().receivedOn());
        String ageReferencePath = record.enquiry().isPresent() ? "enquiry.commencedOn" : "concern.receivedOn";
        ResearchPerson person = person(adult, supported(ageReference, ageReferencePath), ageReferencePath,
                record.concern().receivedOn());
        List<ResearchOrganisation> orgs = new ArrayList<>();
        for (OrganisationInvolvement o : record.organisations()) {
            if (o.name().isPresent()) {
                removed.add("organisations[].name");
            }
            boolean pseudo = pseudonymiseProviders && !PUBLIC_BODIES.contains(o.type());
            orgs.add(new ResearchOrganisation(pseudo ? key.pseudonym("organisation", o.code()) : o.code(), pseudo,
                    o.type(), o.roles()));
        }
        Concern c = record.concern();
        ResearchConcern concern = new ResearchConcern(period(c.receivedOn(), "concern.receivedOn"),
                yearOf(c.receivedOn(), "concern.receivedOn"), c.raisedBy(), c.outcome(), c.nextStep());
        UnaryOperator<Optional<String>> org = code -> code.map(x -> organisationCode(record, x));
        Optional<ResearchEnquiry> enquiry = record.enquiry().map(e -> enquiry(e, org));
        ResearchOutcomes outcomes = outcomes(record.outcomes(), removed, org);
        List<ResearchQuestionnaire> questionnaires = new ArrayList<>();
        for (QuestionnaireResponse q : record.questionnaires()) {
            questionnaires.add(questionnaire(q, removed, org));
        }
        return new ResearchRecord(ResearchRecord.FORMAT_VERSION, key.pseudonym("record", record.recordId()),
                granularity, person, orgs, concern, enquiry, outcomes, questionnaires, List.copyOf(removed),
                record.episodeId().map(e -> key.pseudonym("episode", e)), org.apply(record.recordedBy()));
    }

    /**
     * De-identifies records in order.
     *
     * @param records the records
     * @return their research forms, in the same order
     */
    public List<ResearchRecord> deidentifyAll(Iterable<SafeguardingRecord> records) {
        List<ResearchRecord> out = new ArrayList<>();
        for (SafeguardingRecord r : records) {
            out.add(deidentify(r));
        }
        return out;
    }

    private ResearchPerson person(AdultAtRisk adult, LocalDate ageEvent, String ageEventPath,
            LocalDate concernReceived) {
        // the same age as SG1a (returns.Sg1aAge), so a person is in the same band in the export and the return
        Optional<Sg1aAge> age = Sg1aAge.of(adult, concernReceived, ReportingYear.containing(ageEvent));
        AgeBand band = AgeBand.UNKNOWN;
        FiveYearAgeBand five = FiveYearAgeBand.UNKNOWN;
        if (age.isPresent()) {
            if (age.get().high() < 18) {
                throw new MspException(MspException.Kind.INVALID_VALUE, "adult.dateOfBirth (or adult.ageAtConcern)"
                        + " gives an age under 18 at the SG1a reference date; the research form has age bands for"
                        + " adults only (the adult is 18 or over at the concern)");
            }
            band = age.get().band().orElse(AgeBand.UNKNOWN);
            if (age.get().low() >= 18 && FiveYearAgeBand.of(age.get().low()) == FiveYearAgeBand.of(age.get().high())) {
                five = FiveYearAgeBand.of(age.get().low());
            }
        }
        return new ResearchPerson(key.pseudonym("person", adult.personId()), yearOf(ageEvent, ageEventPath), band,
                five, adult.dateOfDeath().map(d -> supported(d, "adult.dateOfDeath").getYear()), adult.gender(),
                adult.ethnicity(),
                adult.primarySupportReason(), adult.autismExcludingAsperger(),
                adult.aspergerOrHighFunctioningAutism());
    }

    /**
     * An organisation code as the research form writes it: as the organisation is written in the record's list (kept
     * for a public body, else a pseudonym when providers are pseudonymised); a code naming no organisation on the
     * record (an error of rule MSP-JNY-002) is treated as a provider's.
     */
    private String organisationCode(SafeguardingRecord record, String code) {
        boolean publicBody = record.organisation(code).map(o -> PUBLIC_BODIES.contains(o.type())).orElse(false);
        return pseudonymiseProviders && !publicBody ? key.pseudonym("organisation", code) : code;
    }

    private ResearchEnquiry enquiry(Enquiry e, UnaryOperator<Optional<String>> org) {
        return new ResearchEnquiry(e.type(), e.s42Criteria(), period(e.commencedOn(), "enquiry.commencedOn"),
                yearOf(e.commencedOn(), "enquiry.commencedOn"),
                e.concludedOn().map(d -> period(d, "enquiry.concludedOn")),
                e.concludedOn().map(d -> yearOf(d, "enquiry.concludedOn")), e.riskItems(), e.result(),
                e.riskOutcome(), e.mentalCapacity(),
                e.advocacy().map(a -> a.withRecordedBy(org.apply(a.recordedBy()).orElse(null))),
                e.consent().map(c -> c.withRecordedBy(org.apply(c.recordedBy()).orElse(null))));
    }

    private ResearchOutcomes outcomes(PersonalOutcomes o, Set<String> removed, UnaryOperator<Optional<String>> org) {
        Map<String, String> localIds = new LinkedHashMap<>();
        List<ResearchDesiredOutcome> desired = new ArrayList<>();
        for (DesiredOutcome d : o.desiredOutcomes()) {
            removed.add("outcomes.desiredOutcomes[].wording");
            String id = localIds.computeIfAbsent(d.id(), k -> "d" + (localIds.size() + 1));
            desired.add(new ResearchDesiredOutcome(id, d.expressedBy(),
                    period(d.expressedOn(), "outcomes.desiredOutcomes[].expressedOn"), d.stage(),
                    d.category(), org.apply(d.recordedBy())));
        }
        List<ResearchNegotiatedOutcome> negotiated = new ArrayList<>();
        int n = 0;
        for (NegotiatedOutcome neg : o.negotiatedOutcomes()) {
            n++;
            List<String> links = new ArrayList<>();
            for (String source : neg.desiredOutcomeIds()) {
                // a link to an id that names no desired outcome stays dangling, under its own local id
                links.add(localIds.computeIfAbsent(source, k -> "d" + (localIds.size() + 1)));
            }
            List<ResearchRevision> revisions = new ArrayList<>();
            for (OutcomeRevision r : neg.revisions()) {
                removed.add("outcomes.negotiatedOutcomes[].revisions[].wording");
                revisions.add(new ResearchRevision(period(r.agreedOn(),
                        "outcomes.negotiatedOutcomes[].revisions[].agreedOn"), r.reason(),
                        org.apply(r.recordedBy())));
            }
            negotiated.add(new ResearchNegotiatedOutcome("n" + n, links, revisions, neg.achievement()
                    .map(a -> new ResearchAchievement(a.level(), a.judgedBy(),
                            period(a.ratedOn(), "outcomes.negotiatedOutcomes[].achievement.ratedOn"),
                            org.apply(a.recordedBy())))));
        }
        return new ResearchOutcomes(o.asked(), desired, negotiated, o.enquiryAchievement(), o.feelingSafeAtStart(),
                o.feelingSafeAtEnd());
    }

    private ResearchQuestionnaire questionnaire(QuestionnaireResponse q, Set<String> removed,
            UnaryOperator<Optional<String>> org) {
        Optional<Instrument> instrument = catalogue.find(q.instrumentId(), q.instrumentVersion());
        List<ResearchAnswer> answers = new ArrayList<>();
        if (instrument.isEmpty()) {
            removed.add("questionnaires[].instrumentId");
            removed.add("questionnaires[].instrumentVersion");
            if (!q.answers().isEmpty()) {
                removed.add("questionnaires[].answers[]");
            }
        } else {
            for (ItemAnswer a : q.answers()) {
                Optional<InstrumentItem> item = instrument.get().item(a.linkId());
                if (item.isEmpty()) {
                    removed.add("questionnaires[].answers[]");
                    continue;
                }
                if (a.text().isPresent()) {
                    removed.add("questionnaires[].answers[].text");
                }
                boolean onScale = a.code().isPresent() && item.get().scale()
                        .flatMap(s -> s.option(a.code().get())).isPresent();
                if (onScale) {
                    answers.add(new ResearchAnswer(a.linkId(), AnswerForm.CODED, a.code()));
                } else if (a.code().isPresent()) {
                    removed.add("questionnaires[].answers[].code");
                    answers.add(new ResearchAnswer(a.linkId(), AnswerForm.CODE_WITHHELD, Optional.empty()));
                } else {
                    answers.add(new ResearchAnswer(a.linkId(), AnswerForm.FREE_TEXT_REMOVED, Optional.empty()));
                }
            }
        }
        return new ResearchQuestionnaire(instrument.map(Instrument::id), instrument.map(Instrument::version),
                instrument.isPresent(), q.status(), q.respondent(),
                q.date().map(d -> period(d, "questionnaires[].date")), q.notOfferedReason(),
                answers, org.apply(q.recordedBy()));
    }

    /** @return the date as its month or reporting year, whichever the granularity asks for */
    private String period(LocalDate date, String path) {
        supported(date, path);
        return granularity == DateGranularity.MONTH ? YearMonth.from(date).toString() : yearOf(date, path);
    }

    private static String yearOf(LocalDate date, String path) {
        return ReportingYear.containing(supported(date, path)).label();
    }

    /**
     * Refuses a journey date outside the supported range (every date MSP-DAT-005 checks), whatever the
     * granularity, so a record's fate does not depend on the settings and matches the validator's.
     */
    private static LocalDate supported(LocalDate date, String path) {
        if (!SupportedDates.contains(date)) {
            throw new MspException(MspException.Kind.INVALID_VALUE, path + " is outside the dates the SDK handles:"
                    + " expected a date from " + SupportedDates.RANGE + " (rule MSP-DAT-005); validate records"
                    + " before de-identifying them");
        }
        return date;
    }

    @Override
    public String toString() {
        return "Deidentifier[dates=" + granularity.code() + ", pseudonymiseProviders=" + pseudonymiseProviders
                + ", key=redacted]";
    }

    /** Builds a {@link Deidentifier}. */
    public static final class Builder {
        private final PseudonymKey key;
        private DateGranularity granularity = DateGranularity.MONTH;
        private boolean pseudonymiseProviders = true;
        private InstrumentCatalogue catalogue = InstrumentCatalogue.builtIn();

        private Builder(PseudonymKey key) {
            this.key = key;
        }

        /** @param v how finely to keep dates (default month) @return this */
        public Builder dates(DateGranularity v) {
            this.granularity = Objects.requireNonNull(v, "dates");
            return this;
        }

        /**
         * @param v whether to pseudonymise the codes of organisations that are not public bodies (default true)
         * @return this
         */
        public Builder pseudonymiseProviders(boolean v) {
            this.pseudonymiseProviders = v;
            return this;
        }

        /**
         * @param v the instruments whose ids, item ids and scale codes may be kept (default: the built-in ones)
         * @return this
         */
        public Builder catalogue(InstrumentCatalogue v) {
            this.catalogue = Objects.requireNonNull(v, "catalogue");
            return this;
        }

        /** @return the de-identifier */
        public Deidentifier build() {
            return new Deidentifier(this);
        }
    }
}
