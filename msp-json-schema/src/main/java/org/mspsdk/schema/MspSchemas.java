package org.mspsdk.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mspsdk.MspException;

/**
 * The published JSON Schema (draft 2020-12) of the MSP wire format, as jar resources. The same files are in the
 * repository's {@code schema/} directory for non-Java users.
 *
 * <pre>{@code
 * String recordSchema = MspSchemas.text(MspSchemas.RECORD);
 * }</pre>
 */
public final class MspSchemas {

    /** The base IRI of version 1.0 of the schema. */
    public static final String BASE_ID = "https://mspsdk.org/schema/1.0/";
    /** The schema of one record document (and of each line of a JSON Lines dataset). */
    public static final String RECORD = "safeguarding-record.json";
    /** The definitions shared by the documents: code lists, dates, identifiers, the record's objects. */
    public static final String DEFS = "defs.json";
    /**
     * The record schema in one file: {@link #RECORD} with the definitions of {@link #DEFS} inlined under
     * {@code $defs}, for tools that cannot load a schema made of two files. Generated from the two files; it gives
     * the same verdicts.
     */
    public static final String RECORD_BUNDLED = "safeguarding-record.bundled.json";
    /** The schema of one line of a de-identified research export ({@code org.mspsdk.research.io}). */
    public static final String RESEARCH_RECORD = "research-record.json";
    /** The schema of a board's register of Safeguarding Adults Reviews ({@code org.mspsdk.returns.io.SarJson}). */
    public static final String SAR_REGISTER = "sar-register.json";
    /** The classpath directory holding the schema files. */
    public static final String RESOURCE_DIRECTORY = "org/mspsdk/schema/1.0/";

    private MspSchemas() {
    }

    /** @return the file names of every schema document of version 1.0 */
    public static List<String> files() {
        return List.of(RECORD, DEFS, RESEARCH_RECORD, RECORD_BUNDLED, SAR_REGISTER);
    }

    /**
     * @param file a file name of {@link #files()}
     * @return the schema's {@code $id}
     */
    public static String id(String file) {
        return BASE_ID + file;
    }

    /**
     * @param file a file name of {@link #files()}
     * @return the schema document's text
     * @throws MspException of kind {@code INVALID_VALUE} when no such schema exists
     */
    public static String text(String file) {
        if (!files().contains(file)) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "no schema file of that name; expected one of "
                    + files());
        }
        try (InputStream in = MspSchemas.class.getClassLoader().getResourceAsStream(RESOURCE_DIRECTORY + file)) {
            if (in == null) {
                throw new MspException(MspException.Kind.IO, "schema resource " + RESOURCE_DIRECTORY + file
                        + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
