package org.mspsdk.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mspsdk.MspException;

/**
 * An immutable set of instrument definitions, looked up by id and version. Start from {@link #builtIn()} and
 * add local variants with {@link #with(Instrument)}.
 *
 * <pre>{@code
 * InstrumentCatalogue catalogue = InstrumentCatalogue.builtIn().with(myCouncilsPart2);
 * Optional<Instrument> i = catalogue.find("my-safeguarding-experience-part-2", "1.0");
 * }</pre>
 */
public final class InstrumentCatalogue {

    private static final InstrumentCatalogue BUILT_IN = new InstrumentCatalogue(Instruments.builtIn());

    private final List<Instrument> instruments;

    private InstrumentCatalogue(List<Instrument> instruments) {
        this.instruments = List.copyOf(instruments);
    }

    /** @return the catalogue of the built-in instruments */
    public static InstrumentCatalogue builtIn() {
        return BUILT_IN;
    }

    /**
     * @param instrument an instrument to add
     * @return a new catalogue with it added
     * @throws MspException when an instrument with the same id and version is already present
     */
    public InstrumentCatalogue with(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        if (find(instrument.id(), instrument.version()).isPresent()) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "instrument '" + instrument.id() + "' version '"
                    + instrument.version() + "' is already in the catalogue");
        }
        List<Instrument> all = new ArrayList<>(instruments);
        all.add(instrument);
        return new InstrumentCatalogue(all);
    }

    /**
     * @param id      the instrument id
     * @param version the version
     * @return the instrument
     */
    public Optional<Instrument> find(String id, String version) {
        for (Instrument i : instruments) { // a loop, not a stream: called for every questionnaire validated
            if (i.id().equals(id) && i.version().equals(version)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** @return every instrument in the catalogue */
    public List<Instrument> instruments() {
        return instruments;
    }
}
