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
import org.mspsdk.csv.internal.CsvLayout;
import org.mspsdk.csv.internal.CsvLayouts;
import org.mspsdk.csv.internal.CsvTableWriter;
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

/**
 * Writes research records as flat CSV tables that load directly into R ({@code read.csv}), pandas
 * ({@code read_csv}) or a spreadsheet: a header row, one row per entity, codes as their stable codes (the data
 * dictionary gives the labels), booleans as {@code true}/{@code false}, an absent value as an empty cell, several
 * codes in one cell separated by {@code ;}. Every table starts with {@code record_pseudonym} to join on. Every cell
 * of text from the record (pseudonyms, ids, organisation codes, dates, instrument ids, answer codes) is written
 * through the spreadsheet formula guard: a value starting with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe.
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
        RECORDS(CsvLayouts.RESEARCH_RECORDS),
        /** One row per organisation involved in a record. */
        ORGANISATIONS(CsvLayouts.RESEARCH_ORGANISATIONS),
        /** One row per risk item. */
        RISK_ITEMS(CsvLayouts.RESEARCH_RISK_ITEMS),
        /** One row per desired or negotiated outcome. */
        OUTCOMES(CsvLayouts.RESEARCH_OUTCOMES),
        /** One row per questionnaire answer. */
        ANSWERS(CsvLayouts.RESEARCH_ANSWERS);

        private final CsvLayout layout;

        Table(CsvLayout layout) {
            this.layout = layout;
        }

        /** @return the file name {@link #toDirectory(Path)} uses */
        public String fileName() {
            return layout.id();
        }

        /** @return the column names, in order */
        public List<String> columns() {
            return layout.names();
        }
    }

    private final Map<Table, CsvTableWriter> tables = new EnumMap<>(Table.class);

    private ResearchCsv(Map<Table, Writer> writers) {
        for (Table t : Table.values()) {
            if (writers.get(t) == null) {
                throw new MspException(MspException.Kind.MISSING_PART, "no writer given for CSV table " + t.fileName());
            }
        }
        for (Table t : Table.values()) {
            tables.put(t, CsvTableWriter.open(t.layout, writers.get(t), true));
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
                e.map(x -> x.riskItems().size()).orElse(0), r.questionnaires().size(), r.removed(),
                r.episodePseudonym(), r.recordedBy(), e.flatMap(ResearchEnquiry::advocacy).flatMap(Advocacy::recordedBy),
                e.flatMap(ResearchEnquiry::consent).flatMap(Consent::recordedBy));
        for (ResearchOrganisation org : r.organisations()) {
            row(Table.ORGANISATIONS, rec, org.code(), org.pseudonymised(), org.type(),
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
                    null, null, null, null, null, null, null, null, d.recordedBy(), null);
        }
        for (ResearchNegotiatedOutcome n : o.negotiatedOutcomes()) {
            ResearchRevision first = n.revisions().isEmpty() ? null : n.revisions().get(0);
            ResearchRevision last = n.revisions().isEmpty() ? null : n.revisions().get(n.revisions().size() - 1);
            row(Table.OUTCOMES, rec, p.personPseudonym(), n.id(), "negotiated", null, null, null, null, null,
                    n.desiredOutcomeIds(), n.revisions().size(), first == null ? null : first.agreedIn(),
                    last == null ? null : last.agreedIn(), last == null ? null : last.reason(),
                    n.achievement().map(a -> a.level()), n.achievement().map(a -> a.judgedBy()),
                    n.achievement().map(a -> a.ratedIn()), last == null ? null : last.recordedBy(),
                    n.achievement().flatMap(a -> a.recordedBy()));
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
                        a == null ? null : a.linkId(), a == null ? null : a.form(), a == null ? null : a.code(),
                        qr.recordedBy());
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
        tables.get(table).row(cells);
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
                tables.get(t).close();
            } catch (MspException e) {
                failure = failure != null ? failure : e;
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
