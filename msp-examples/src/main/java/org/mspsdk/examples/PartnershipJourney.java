package org.mspsdk.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.partnership.MergedJourney;
import org.mspsdk.partnership.Partnership;
import org.mspsdk.returns.Grouping;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Validator;

/**
 * One person's safeguarding journey recorded by three organisations: a hospital heard the disclosure and asked
 * the person what they wanted at the point of concern; the council led a section 42 enquiry; a care provider
 * contributed to it and collected Part 1 of "My Safeguarding Experience". Each keeps its own record, linked by the
 * council's {@code episodeId}; a partner's record says whose it is with {@code recordedBy}, and each outcome,
 * rating and questionnaire can name the organisation that recorded it. The documents are
 * {@code schema/examples/journey/*.json}.
 *
 * <pre>{@code
 * PartnershipJourney.Result r = PartnershipJourney.run(Path.of("schema/examples/journey"), ReportingYear.of(2025),
 *         Clock.systemUTC());
 * long concerns = r.sac().total(Population.SAFEGUARDING_CONCERNS);        // 1: the journey is counted once
 * PartnershipMeasures.Organisation trust = r.sac().partnership().organisations().get("RXX01");
 * SafeguardingRecord oneCase = r.merged().merged().orElseThrow();       // the council's record, partners' parts added
 * }</pre>
 */
public final class PartnershipJourney {

    /**
     * What one run found.
     *
     * @param records  the records read, in file name order
     * @param findings each record's validation findings (in progress), in record order
     * @param sac      the return: the journey counted once, with its organisation and partnership levels
     * @param merged   the journey merged into one case, with its conflicts (none in the example)
     */
    public record Result(List<SafeguardingRecord> records, List<List<Finding>> findings, SacReturn sac,
            MergedJourney merged) {
    }

    private PartnershipJourney() {
    }

    /**
     * Reads the journey's documents, validates each, counts them and merges them.
     *
     * @param folder a folder of record documents ({@code *.json}) of one journey
     * @param year   the reporting year
     * @param clock  "today", for the validator
     * @return what was found
     */
    public static Result run(Path folder, ReportingYear year, Clock clock) {
        List<SafeguardingRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                records.add(MspJson.strict().read(Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Validator validator = Validator.builder().clock(clock).build();
        List<List<Finding>> findings = records.stream().map(r -> validator.validate(r).findings()).toList();
        // the SAC counts the lead council's record only; partners' records feed the organisation and partnership
        // levels (credit by role and attribution), whatever the order of the records
        SacTally tally = SacSettings.of(year).withGroupings(Grouping.byOrganisation()).newTally();
        records.forEach(tally::add);
        List<MergedJourney> journeys = Partnership.mergeAll(records);
        if (journeys.size() != 1) {
            throw new IllegalArgumentException("expected the records of one journey; found " + journeys.size());
        }
        return new Result(List.copyOf(records), findings, tally.result(), journeys.get(0));
    }

    /**
     * Prints the example's figures.
     *
     * @param args the folder of the documents (default {@code schema/examples/journey})
     */
    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "schema/examples/journey");
        Result r = run(folder, ReportingYear.of(2025), Clock.systemUTC());
        for (SafeguardingRecord rec : r.records()) {
            System.out.printf("%s record: %s%n", rec.recorder().orElse("?"),
                    rec.isLeadRecord() ? "the lead council's (counted by the SAC)" : "a partner's");
        }
        System.out.printf("SAC: %d concern(s), %d section 42 enquiry(ies)%n",
                r.sac().total(org.mspsdk.vocabulary.Population.SAFEGUARDING_CONCERNS),
                r.sac().total(org.mspsdk.vocabulary.Population.S42_ENQUIRIES));
        r.sac().partnership().organisations().forEach((code, o) -> System.out.printf("%s: %s%n", code, o));
        System.out.println(r.sac().partnership().journeys());
        r.merged().merged().ifPresent(c -> c.outcomes().desiredOutcomes().forEach(d -> System.out.printf(
                "merged case: desired outcome %s recorded by %s%n", d.id(),
                d.recordedBy().orElse(c.recorder().orElse("?")))));
        r.merged().findings().forEach(System.out::println);
    }
}
