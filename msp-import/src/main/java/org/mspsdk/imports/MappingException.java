package org.mspsdk.imports;

import org.mspsdk.MspException;

/**
 * A mapping file that cannot be used: not YAML, an unknown key, a missing part, a value map naming a code that
 * is not in the list, a date format that is not a pattern, a column the source does not have. The message names
 * the mapping file and the path inside it ({@code record.fields.adult.gender.values.M}) and what was expected;
 * it never quotes a cell of the data.
 */
public final class MappingException extends MspException {

    private static final long serialVersionUID = 1L;

    private final String mappingPath;

    MappingException(String file, String mappingPath, String problem) {
        super(Kind.INVALID_VALUE, "mapping " + file + (mappingPath.isEmpty() ? "" : " at " + mappingPath) + ": "
                + problem);
        this.mappingPath = mappingPath;
    }

    /** @return the path inside the mapping file where the problem is, for example {@code sources.cases.file} */
    public String mappingPath() {
        return mappingPath;
    }
}
