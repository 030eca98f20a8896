package org.mspsdk.returns;

import org.mspsdk.vocabulary.Population;

/**
 * One distinct-person count's field of the {@link PersonState}: how many bits it keeps per person, how they
 * combine over a person's records, and what one record contributes.
 */
interface PersonField {

    /** @return how the field combines over a person's records */
    PersonState.Combine combine();

    /** @return the field's width in bits (from its code list; see {@link PersonState#flagBits(int)}) */
    int bits();

    /**
     * This record's value for the person, called once for each SG1 population the record is in; it may note
     * data-quality issues on the record.
     *
     * @param record     the record's facts
     * @param population the population ({@code SAFEGUARDING_CONCERNS}, {@code S42_ENQUIRIES} or
     *                   {@code OTHER_ENQUIRIES})
     * @return a value below 2<sup>{@link #bits()}</sup>
     */
    long value(RecordFacts record, Population population);
}
