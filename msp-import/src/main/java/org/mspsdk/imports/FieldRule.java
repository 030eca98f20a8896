package org.mspsdk.imports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.instrument.InstrumentItem;

/**
 * How one field of the record model is fed: from a column (read through a value map, date formats, the blank
 * rule) or from a constant.
 *
 * @param target       the field
 * @param mappingPath  where the rule is in the mapping file, for messages
 * @param column       the column that feeds it, or empty for a constant
 * @param constant     the constant value (already checked against the field's kind), or empty
 * @param values       the value map: local value (trimmed, lower case) to SDK code, true/false or text
 * @param sdkLookup    whether a value not in the value map is looked up in the code list (code or label)
 * @param datePatterns the date formats, in the order tried
 * @param dateFormats  the compiled date formats
 * @param blank        what a blank cell means
 * @param ifBlank      the value a blank cell stands for, when {@code blank} is {@code VALUE}
 * @param blankValues  cell values (trimmed, lower case) that count as blank
 * @param separator    the separator of several values in one cell (lists of codes or ids)
 * @param answerItem   for a questionnaire answer, the instrument item it answers (its scale, or free text)
 */
record FieldRule(Target target, String mappingPath, Optional<String> column, Optional<String> constant,
        Map<String, String> values, boolean sdkLookup, List<String> datePatterns, List<DateTimeFormatter> dateFormats,
        Blank blank, Optional<String> ifBlank, Set<String> blankValues, String separator, Optional<InstrumentItem> answerItem) {

    /** What a blank cell means. */
    enum Blank {
        /** Not recorded: the field is left out (the default). */
        ABSENT,
        /** A blank is a problem to report. */
        ERROR,
        /** A blank stands for the value {@code if-blank}. */
        VALUE
    }
}
