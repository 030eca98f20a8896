package org.mspsdk.research.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mspsdk.MspException;
import org.mspsdk.json.internal.SafeText;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Consent;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.model.Voice;
import org.mspsdk.research.ResearchAnswer;
import org.mspsdk.research.ResearchDesiredOutcome;
import org.mspsdk.research.ResearchEnquiry;
import org.mspsdk.research.ResearchNegotiatedOutcome;
import org.mspsdk.research.ResearchOrganisation;
import org.mspsdk.research.ResearchOutcomes;
import org.mspsdk.research.ResearchPerson;
import org.mspsdk.research.ResearchQuestionnaire;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.research.ResearchRevision;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.OrganisationRole;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes research records as flat CSV tables that load directly into R ({@code read.csv}), pandas
 * ({@code read_csv}) or a spreadsheet: a header row, one row per entity, codes as their stable codes (the data
 * dictionary gives the labels), booleans as {@code true}/{@code false}, an absent value as an empty cell, several
 * codes in one cell separated by {@code ;}. Every table starts with {@code record_pseudonym} to join on.
 *
 * <ul>
 *   <li>{@link Table#RECORDS} {@code records.csv}: one row per record (the concern and its enquiry, person,
 *       MSP answers and counts);</li>
 *   <li>{@link Table#ORGANISATIONS} {@code organisations.csv}: one row per organisation involved;</li>
 *   <li>{@link Table#RISK_ITEMS} {@code risk_items.csv}: one row per risk item of an enquiry;</li>
 *   <li>{@link Table#OUTCOMES} {@code outcomes.csv}: one row per desired and per negotiated outcome;</li>
 *   <li>{@link Table#ANSWERS} {@code answers.csv}: one row per questionnaire answer (a questionnaire with no
 *       answers, such as one not offered, has one row with an empty {@code link_id}).</li>
 * </ul>
 *
 * <pre>{@code
 * try (ResearchCsv csv = ResearchCsv.toDirectory(Path.of("research-export"))) {
 *     records.stream().map(deidentifier::deidentify).forEach(csv::write);
 * }
 * }</pre>
 */
public final class ResearchCsv implements AutoCloseable {

    /** The tables, each with its file name and columns. */
    public enum Table {
        /** One row per record. */
        RECORDS("records.csv", "record_pseudonym", "person_pseudonym", "format_version", "date_granularity",
                "age_reference_year", "age_band", "five_year_age_band", "year_of_death", "gender", "ethnicity",
                "primary_support_reason", "autism_excluding_asperger", "asperger_or_high_functioning_autism",
                "lead_council_code", "concern_received_in", "concern_received_reporting_year", "concern_raised_by",
                "concern_outcome", "concern_next_step", "enquiry_type", "s42_care_and_support_needs",
                "s42_experiencing_or_at_risk_of_abuse", "s42_unable_to_protect_self", "enquiry_commenced_in",
                "enquiry_commenced_reporting_year", "enquiry_concluded_in", "enquiry_concluded_reporting_year",
                "enquiry_result", "risk_outcome", "capacity_lacked", "capacity_supported_by_advocate_family_or_friend",
                "advocacy_substantial_difficulty", "advocacy_appropriate_person_available",
                "advocacy_independent_advocate_arranged", "consent_decision", "action_without_consent",
                "action_without_consent_reasons", "person_informed", "asked_about_outcomes", "enquiry_achievement",
                "feeling_safe_at_start", "feeling_safe_at_end", "desired_outcome_count", "negotiated_outcome_count",
                "risk_item_count", "questionnaire_count", "removed"),
        /** One row per organisation involved in a record. */
        ORGANISATIONS("organisations.csv", "record_pseudonym", "organisation_code", "pseudonymised",
                "organisation_type", "roles"),
        /** One row per risk item. */
        RISK_ITEMS("risk_items.csv", "record_pseudonym", "item", "type_of_risk", "location_of_risk",
                "source_of_risk"),
        /** One row per desired or negotiated outcome. */
        OUTCOMES("outcomes.csv", "record_pseudonym", "person_pseudonym", "outcome_id", "outcome_kind",
                "expressed_by", "representative_role", "expressed_in", "stage", "category", "desired_outcome_ids",
                "revision_count", "first_agreed_in", "last_agreed_in", "last_change_reason", "achievement",
                "judged_by", "rated_in"),
        /** One row per questionnaire answer. */
        ANSWERS("answers.csv", "record_pseudonym", "person_pseudonym", "questionnaire", "instrument_id",
                "instrument_version", "in_catalogue", "status", "respondent", "respondent_role", "answered_in",
                "not_offered_reason", "link_id", "answer_form", "answer_code");

        private final String fileName;
        private final List<String> columns;

        Table(String fileName, String... columns) {
            this.fileName = fileName;
            this.columns = List.of(columns);
        }

        /** @return the file name {@link #toDirectory(Path)} uses */
        public String fileName() {
            return fileName;
        }

        /** @return the column names, in order */
        public List<String> columns() {
            return columns;
        }

        CsvSchema schema() {
            CsvSchema.Builder b = CsvSchema.builder();
            columns.forEach(b::addColumn);
            return b.build().withHeader();
        }
    }

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(tools.jackson.dataformat.csv.CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private final Map<Table, Writer> writers;
    private final Map<Table, SequenceWriter> sequences = new EnumMap<>(Table.class);

    private ResearchCsv(Map<Table, Writer> writers) {
        this.writers = new EnumMap<>(writers);
        for (Table t : Table.values()) {
            Writer w = this.writers.get(t);
            if (w == null) {
                throw new MspException(MspException.Kind.MISSING_PART, "no writer given for CSV table " + t.fileName());
            }
            sequences.put(t, MAPPER.writer(t.schema()).writeValues(w));
        }
    }

    /**
     * @param writers one writer per table (each closed by {@link #close()})
     * @return a CSV writer
     */
    public static ResearchCsv to(Map<Table, Writer> writers) {
        return new ResearchCsv(Objects.requireNonNull(writers, "writers"));
    }

    /**
     * Writes the tables as UTF-8 files named {@link Table#fileName()} in a directory, created if missing;
     * existing files are replaced.
     *
     * @param directory the directory
     * @return a CSV writer
     * @throws MspException of kind {@link MspException.Kind#IO} when a file cannot be opened
     */
    public static ResearchCsv toDirectory(Path directory) {
        Map<Table, Writer> writers = new EnumMap<>(Table.class);
        try {
            Files.createDirectories(directory);
            for (Table t : Table.values()) {
                writers.put(t, Files.newBufferedWriter(directory.resolve(t.fileName()), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            writers.values().forEach(ResearchCsv::closeQuietly);
            throw new MspException(MspException.Kind.IO, "cannot open the research CSV files in " + directory + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        return new ResearchCsv(writers);
    }

    /**
     * Writes one record's rows to every table.
     *
     * @param r the research record
     */
    public void write(ResearchRecord r) {
        String rec = r.recordPseudonym();
        ResearchPerson p = r.person();
        Optional<ResearchEnquiry> e = r.enquiry();
        ResearchOutcomes o = r.outcomes();
        row(Table.RECORDS, rec, p.personPseudonym(), r.formatVersion(), r.dateGranularity(), p.ageReferenceYear(),
                p.ageBand(), p.fiveYearAgeBand(), p.yearOfDeath(), p.gender(), p.ethnicity(), p.primarySupportReason(),
                p.autismExcludingAsperger(), p.aspergerOrHighFunctioningAutism(),
                r.organisations().stream().filter(org -> org.roles().contains(OrganisationRole.LEAD_COUNCIL))
                        .map(ResearchOrganisation::code).findFirst(),
                r.concern().receivedIn(), r.concern().receivedReportingYear(), r.concern().raisedBy(),
                r.concern().outcome(), r.concern().nextStep(),
                e.map(ResearchEnquiry::type),
                e.flatMap(ResearchEnquiry::s42Criteria).map(S42Criteria::hasCareAndSupportNeeds),
                e.flatMap(ResearchEnquiry::s42Criteria).map(S42Criteria::experiencingOrAtRiskOfAbuse),
                e.flatMap(ResearchEnquiry::s42Criteria).map(S42Criteria::unableToProtectSelf),
                e.map(ResearchEnquiry::commencedIn), e.map(ResearchEnquiry::commencedReportingYear),
                e.flatMap(ResearchEnquiry::concludedIn), e.flatMap(ResearchEnquiry::concludedReportingYear),
                e.flatMap(ResearchEnquiry::result), e.flatMap(ResearchEnquiry::riskOutcome),
                e.flatMap(ResearchEnquiry::mentalCapacity).map(MentalCapacity::lackedCapacity),
                e.flatMap(ResearchEnquiry::mentalCapacity).flatMap(MentalCapacity::supportedByAdvocateFamilyOrFriend),
                e.flatMap(ResearchEnquiry::advocacy).flatMap(Advocacy::substantialDifficulty),
                e.flatMap(ResearchEnquiry::advocacy).flatMap(Advocacy::appropriatePersonAvailable),
                e.flatMap(ResearchEnquiry::advocacy).flatMap(Advocacy::independentAdvocateArranged),
                e.flatMap(ResearchEnquiry::consent).map(Consent::decision),
                e.flatMap(ResearchEnquiry::consent).map(Consent::actionWithoutConsent),
                e.flatMap(ResearchEnquiry::consent).map(Consent::reasons),
                e.flatMap(ResearchEnquiry::consent).flatMap(Consent::personInformed),
                o.asked(), o.enquiryAchievement(), o.feelingSafeAtStart(), o.feelingSafeAtEnd(),
                o.desiredOutcomes().size(), o.negotiatedOutcomes().size(),
                e.map(x -> x.riskItems().size()).orElse(0), r.questionnaires().size(), r.removed());
        for (ResearchOrganisation org : r.organisations()) {
            row(Table.ORGANISATIONS, rec, SafeText.spreadsheetCell(org.code()), org.pseudonymised(), org.type(),
                    org.roles());
        }
        if (e.isPresent()) {
            int i = 0;
            for (RiskItem item : e.get().riskItems()) {
                row(Table.RISK_ITEMS, rec, ++i, item.type(), item.location(), item.source());
            }
        }
        for (ResearchDesiredOutcome d : o.desiredOutcomes()) {
            row(Table.OUTCOMES, rec, p.personPseudonym(), d.id(), "desired", d.expressedBy().type(),
                    d.expressedBy().representativeRole(), d.expressedIn(), d.stage(), d.category(),
                    null, null, null, null, null, null, null, null);
        }
        for (ResearchNegotiatedOutcome n : o.negotiatedOutcomes()) {
            ResearchRevision first = n.revisions().isEmpty() ? null : n.revisions().get(0);
            ResearchRevision last = n.revisions().isEmpty() ? null : n.revisions().get(n.revisions().size() - 1);
            row(Table.OUTCOMES, rec, p.personPseudonym(), n.id(), "negotiated", null, null, null, null, null,
                    n.desiredOutcomeIds(), n.revisions().size(), first == null ? null : first.agreedIn(),
                    last == null ? null : last.agreedIn(), last == null ? null : last.reason(),
                    n.achievement().map(a -> a.level()), n.achievement().map(a -> a.judgedBy()),
                    n.achievement().map(a -> a.ratedIn()));
        }
        int q = 0;
        for (ResearchQuestionnaire qr : r.questionnaires()) {
            q++;
            List<ResearchAnswer> answers = qr.answers().isEmpty() ? java.util.Collections.singletonList(null)
                    : qr.answers();
            for (ResearchAnswer a : answers) {
                row(Table.ANSWERS, rec, p.personPseudonym(), q, qr.instrumentId(), qr.instrumentVersion(),
                        qr.inCatalogue(), qr.status(), qr.respondent().map(Voice::type),
                        qr.respondent().flatMap(Voice::representativeRole), qr.answeredIn(), qr.notOfferedReason(),
                        a == null ? null : a.linkId(), a == null ? null : a.form(), a == null ? null : a.code());
            }
        }
    }

    private void row(Table table, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalStateException(table + " row has " + values.length + " values for "
                    + table.columns().size() + " columns");
        }
        List<String> cells = new ArrayList<>(values.length);
        for (Object v : values) {
            cells.add(cell(v));
        }
        try {
            sequences.get(table).write(cells);
        } catch (JacksonException e) {
            throw new MspException(MspException.Kind.IO, "cannot write a row of " + table.fileName(), e);
        }
    }

    /** The cell text of a value: codes as codes, optionals unwrapped, collections joined with {@code ;}. */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Optional<?> o) {
            return o.map(ResearchCsv::cell).orElse("");
        }
        if (v instanceof Code c) {
            return c.code();
        }
        if (v instanceof Collection<?> items) {
            return items.stream().map(ResearchCsv::cell).collect(Collectors.joining(";"));
        }
        return v.toString();
    }

    @Override
    public void close() {
        MspException failure = null;
        for (Table t : Table.values()) {
            try {
                sequences.get(t).close();
            } catch (JacksonException e) {
                failure = failure != null ? failure
                        : new MspException(MspException.Kind.IO, "cannot close " + t.fileName(), e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void closeQuietly(Writer w) {
        try {
            w.close();
        } catch (IOException ignored) {
            // already failing: the first error is reported
        }
    }
}
