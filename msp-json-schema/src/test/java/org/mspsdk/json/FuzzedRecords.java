package org.mspsdk.json;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mspsdk.MspException;
import org.mspsdk.internal.SupportedDates;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.model.Concern;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Hostile records for the fuzz targets of the validator, the SAC tally, the de-identifier and the CSV writers: a
 * synthetic record (its seed from the fuzzer) with the fuzzer's text in its identifiers, organisation code and name
 * and notes, and the fuzzer's dates (around the edges of the supported range, or anywhere a {@link LocalDate} can
 * be) in its date of birth and concern date. Identifiers carry a canary prefix, so a target can check that they
 * never reach an output that promises not to hold them.
 */
public final class FuzzedRecords {

    /** The prefix of every fuzzed record and person id. */
    public static final String CANARY = "CANARY7731";

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private FuzzedRecords() {
    }

    /**
     * @param data the fuzzer's input
     * @return a record, or empty when the model refused what the fuzzer made (an unpaired surrogate or a blank
     *     required text: the model's documented {@link MspException})
     */
    public static Optional<SafeguardingRecord> next(FuzzedDataProvider data) {
        SafeguardingRecord base = new SyntheticDataGenerator(data.consumeLong()).next();
        try {
            SafeguardingRecord.Builder b = base.toBuilder().recordId(CANARY + data.consumeString(40));
            AdultAtRisk.Builder adult = base.adult().toBuilder().personId(CANARY + data.consumeString(40));
            LocalDate born = date(data);
            if (born != null) {
                adult.dateOfBirth(born);
            }
            b.adult(adult.build());
            List<OrganisationInvolvement> orgs = new ArrayList<>(base.organisations());
            if (!orgs.isEmpty() && data.consumeBoolean()) {
                OrganisationInvolvement first = orgs.get(0);
                orgs.set(0, new OrganisationInvolvement(data.consumeString(24),
                        Optional.of(data.consumeString(40)), first.type(), first.roles()));
                b.organisations(orgs);
            }
            LocalDate received = date(data);
            if (received != null) {
                Concern c = base.concern();
                b.concern(new Concern(received, c.raisedBy(), c.outcome(), c.nextStep()));
            }
            if (data.consumeBoolean()) {
                b.notes(data.consumeString(200));
            }
            return Optional.of(b.build());
        } catch (MspException e) {
            return Optional.empty();
        }
    }

    /**
     * @param data the fuzzer's input
     * @param most the most records
     * @return up to that many records
     */
    public static List<SafeguardingRecord> some(FuzzedDataProvider data, int most) {
        int n = data.consumeInt(1, most);
        List<SafeguardingRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            next(data).ifPresent(out::add);
        }
        return out;
    }

    /** @return a date at an edge of the supported range, anywhere, or null for the synthetic one */
    private static LocalDate date(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> SupportedDates.FIRST.plusDays(data.consumeInt(-3, 3));
            case 1 -> SupportedDates.LAST.plusDays(data.consumeInt(-3, 3));
            case 2 -> LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
            default -> null;
        };
    }

    /**
     * @param csv a CSV text with a header row
     * @return its rows, each checked to have as many cells as the header, with the header not repeated
     */
    public static List<String[]> rows(String csv) {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY)
                .readValues(new StringReader(csv))) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        } catch (JacksonException e) {
            throw new AssertionError("the CSV text is not readable: " + e.getOriginalMessage());
        }
        if (rows.isEmpty()) {
            throw new AssertionError("the CSV text has no header");
        }
        String[] header = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).length != header.length) {
                throw new AssertionError("row " + i + " has " + rows.get(i).length + " cells, the header "
                        + header.length);
            }
            if (java.util.Arrays.equals(rows.get(i), header)) {
                throw new AssertionError("row " + i + " repeats the header");
            }
        }
        return rows;
    }
}
