package org.mspsdk.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.mspsdk.json.JsonLinesReader;
import org.mspsdk.json.MspDecodeException;
import org.mspsdk.json.MspJson;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.returns.io.SacCsv;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;

/**
 * An integrator producing the council's SAC return from a year's JSON Lines extract: stream the file (constant
 * memory per record), check each record with the SAC profile, count it, and write the published CSV layout.
 * Records with errors are still counted (the return must cover every enquiry) and the errors are tallied so the
 * integrator can send them back to the case owners before submission.
 *
 * <pre>{@code
 * IntegratorReturn.Result r = IntegratorReturn.run(extract, ReportingYear.of(2025), council, Clock.systemUTC());
 * long expressed = r.sac().count(Population.CONCLUDED_S42, AskedAboutOutcomes.ASKED_EXPRESSED);   // SG4a
 * long neglectByKnown = r.sac().count(Population.CONCLUDED_S42, TypeOfRisk.NEGLECT, SourceOfRisk.KNOWN); // SG2a
 * }</pre>
 */
public final class IntegratorReturn {

    /** What one run produced. */
    public record Result(SacReturn sac, long records, long recordsWithErrors, long undecodableLines,
            String publishedCsv) {
    }

    private IntegratorReturn() {
    }

    /**
     * Builds the return.
     *
     * @param extract the JSON Lines file
     * @param year    the reporting year
     * @param council the council columns of the published layout
     * @param clock   "today", for the validator
     * @return the return, the published CSV, and counts of problems
     */
    public static Result run(Path extract, ReportingYear year, CouncilMetadata council, Clock clock) {
        Validator validator = Validator.builder().profile(Profile.SAC_COMPLETE).clock(clock).build();
        SacTally tally = SacSettings.of(year).newTally();
        long records = 0;
        long withErrors = 0;
        long undecodable = 0;
        try (InputStream in = Files.newInputStream(extract);
                JsonLinesReader lines = MspJson.strict().readLines(in)) {
            while (lines.hasNext()) {
                SafeguardingRecord record;
                try {
                    record = lines.next();
                } catch (MspDecodeException e) {
                    undecodable++;          // e.getMessage() names the line, column and JSON Pointer
                    continue;
                }
                records++;
                if (!validator.validate(record).isValid()) {
                    withErrors++;
                }
                tally.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SacReturn sac = tally.result();
        StringWriter csv = new StringWriter();
        SacCsv.writePublished(sac, council, ExportOptions.defaults(), csv);
        return new Result(sac, records, withErrors, undecodable, csv.toString());
    }
}
