package org.mspsdk.imports;

import java.util.List;
import java.util.Optional;

/**
 * How the items of one list of the record (organisations, risk items, desired or negotiated outcomes,
 * questionnaire responses with their answers) are made:
 * one item from the record's own row, or one item per row of a child source whose key column equals the
 * record's key.
 *
 * @param part        the list
 * @param source      the child source, or empty for one item from the record's own row
 * @param key         the child source's column holding the record key
 * @param fields      the item's fields
 * @param mappingPath where it is declared, for messages
 */
record ListRule(Target.Part part, Optional<String> source, Optional<String> key, List<FieldRule> fields,
        String mappingPath) {
}
