package org.mspsdk.returns;

import java.util.List;
import org.mspsdk.vocabulary.Population;

/**
 * The SG1 person state: everything distinct-person counting keeps about one person in one population, packed in
 * one {@code long} (the value of {@link PersonTable}). Each distinct-person count ({@link PersonField}: SG1a-SG1e,
 * the sector outcomes measure) owns a field of it, sized from its code list.
 *
 * <p><b>The tie-break rule.</b> Fields are of two kinds. {@link Combine#ANY} fields OR together over all of a
 * person's records in the population (SG1d counts a person under every support reason on any record; SG1e under
 * every flag; SG1a the age bands any record rules out; the sector measure's flags; SG1b's and SG1c's codes seen,
 * to find records that disagree). {@link Combine#LATEST} fields are taken together from one record: the
 * one with the latest event date (concern received, or enquiry commenced), ties going to the highest codes,
 * compared in field order (SG1b gender, then SG1c ethnicity, by code-list position). This is
 * done by packing the event day and the LATEST fields, most significant first, above the ANY fields and taking
 * the unsigned maximum of that part, so {@link #combine(long, long)} is commutative and associative: the result
 * does not depend on record order or on how the records were partitioned and merged.
 *
 * <p><b>The guard.</b> Field widths come from the code lists: an ANY field takes one bit per entry, a LATEST field
 * enough bits for the entry's position. The layout is fixed when the state is made; if the fields need more than
 * the 64 bits of a {@code long} the constructor throws, so a code list that grows past the room left fails at
 * once instead of silently spilling into its neighbour (a ninth support reason simply takes one more bit).
 */
final class PersonState {

    /** How a field combines over a person's records. */
    enum Combine {
        /** OR over the records (flags, sets of codes). */
        ANY,
        /** From the record with the latest event date, ties to the highest codes. */
        LATEST
    }

    /**
     * Bits of the event day: days since 1970-01-01 plus 2^23, kept to 24 bits, so any date within 2^23 days
     * (about 22,967 years) either side of 1970-01-01 orders correctly: ISO dates -20998-10-10 to +24937-03-24.
     * A date outside that range wraps round and would order wrongly.
     */
    static final int DAY_BITS = 24;
    private static final long DAY_OFFSET = 1L << (DAY_BITS - 1);

    private final List<? extends PersonField> fields;
    private final PersonField[] array;
    private final int[] width;
    private final int[] shift;
    private final int anyBits;
    private final long anyMask;
    private final int dayShift;

    /**
     * Lays out the fields: ANY fields from bit 0 in order; above them the event day, then the LATEST fields in
     * order, each less significant than the one before.
     *
     * @throws IllegalStateException when the fields need more than 64 bits
     */
    PersonState(List<? extends PersonField> fields) {
        this.fields = List.copyOf(fields);
        this.array = this.fields.toArray(new PersonField[0]);
        this.width = new int[array.length];
        this.shift = new int[array.length];
        int any = 0;
        int latest = DAY_BITS;
        for (int i = 0; i < array.length; i++) {
            width[i] = array[i].bits();
            if (width[i] < 1) {
                throw new IllegalStateException("person state: " + array[i] + " needs at least one bit");
            }
            if (array[i].combine() == Combine.ANY) {
                any += width[i];
            } else {
                latest += width[i];
            }
        }
        if (any + latest > Long.SIZE) {
            throw new IllegalStateException("person state: the SG1 fields need " + (any + latest) + " bits (" + any
                    + " combined by OR, " + latest + " latest-wins including the " + DAY_BITS + "-bit event day) but"
                    + " a person's state has " + Long.SIZE + ": a code list has outgrown the room left");
        }
        this.anyBits = any;
        this.anyMask = any == 0 ? 0 : -1L >>> (Long.SIZE - any);
        int low = 0;
        int high = any + latest;
        this.dayShift = high - DAY_BITS;
        high = dayShift;
        for (int i = 0; i < array.length; i++) {
            if (array[i].combine() == Combine.ANY) {
                shift[i] = low;
                low += width[i];
            } else {
                high -= width[i];
                shift[i] = high;
            }
        }
    }

    /** @return the bits an ANY field needs for a code list of this many entries (one per entry); read once */
    static int flagBits(int entries) {
        return entries;
    }

    /** @return the bits a LATEST field needs for a code list of this many entries (the largest position) */
    static int positionBits(int entries) {
        return Math.max(1, Long.SIZE - Long.numberOfLeadingZeros(entries - 1L));
    }

    /** @return the fields, in layout order */
    List<? extends PersonField> fields() {
        return fields;
    }

    /**
     * @return the state one record gives a person in a population: the event day and every field's value
     * @throws IllegalStateException when a field's value does not fit its bits
     */
    long of(RecordFacts record, Population population) {
        long day = (record.eventDate(population).toEpochDay() + DAY_OFFSET) & ((1L << DAY_BITS) - 1);
        long state = day << dayShift;
        for (int i = 0; i < array.length; i++) {
            long v = array[i].value(record, population);
            if ((v >>> width[i]) != 0) {
                throw new IllegalStateException("person state: " + array[i] + " gave a value wider than its "
                        + width[i] + " bits");
            }
            state |= v << shift[i];
        }
        return state;
    }

    /** @return the value of field {@code i} in a state */
    long field(long state, int i) {
        return (state >>> shift[i]) & (width[i] == Long.SIZE ? -1L : (1L << width[i]) - 1);
    }

    /** Combines two states of one person: ANY fields OR together, the latest-wins part takes the maximum. */
    long combine(long a, long b) {
        long la = a >>> anyBits;
        long lb = b >>> anyBits;
        long latest = Long.compareUnsigned(la, lb) >= 0 ? la : lb;
        return (anyBits == 0 ? latest : latest << anyBits) | ((a | b) & anyMask);
    }
}
