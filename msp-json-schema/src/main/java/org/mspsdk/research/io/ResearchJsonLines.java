package org.mspsdk.research.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.mspsdk.MspException;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.schema.MspSchemas;
import org.mspsdk.vocabulary.Code;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes research records as JSON Lines: one compact JSON object per line, UTF-8, {@code \n} line ends. Each
 * object follows the research form field for field (the names are the record component names, as in the data
 * dictionary); an absent optional part is left out, codes are written as their stable codes, sets and lists
 * as arrays. The output is valid under the published schema {@code schema/research-record.json}
 * ({@value #SCHEMA_ID}).
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("research.jsonl"));
 *      ResearchJsonLines lines = ResearchJsonLines.to(out)) {
 *     records.stream().map(deidentifier::deidentify).forEach(lines::write);
 * }
 * }</pre>
 */
public final class ResearchJsonLines implements AutoCloseable {

    /** The {@code $id} of the research schema the output is valid under. */
    public static final String SCHEMA_ID = MspSchemas.BASE_ID + MspSchemas.RESEARCH_RECORD;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Writer out;
    private long written;

    private ResearchJsonLines(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * @param out where to write (closed by {@link #close()})
     * @return a writer of research JSON Lines
     */
    public static ResearchJsonLines to(Writer out) {
        return new ResearchJsonLines(out);
    }

    /**
     * Writes one record as one line.
     *
     * @param record the research record
     * @throws MspException of kind {@link MspException.Kind#IO} when writing fails
     */
    public void write(ResearchRecord record) {
        try {
            out.write(toJson(record));
            out.write('\n');
            written++;
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "cannot write research JSON Lines record "
                    + (written + 1) + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** @return how many records were written */
    public long written() {
        return written;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param record a research record
     * @return it as one line of compact JSON (no line end)
     */
    public static String toJson(ResearchRecord record) {
        try {
            return MAPPER.writeValueAsString(toTree(record));
        } catch (JacksonException e) {
            throw new MspException(MspException.Kind.ENCODE, "cannot encode a research record as JSON", e);
        }
    }

    /**
     * @param record a research record
     * @return it as a JSON tree
     */
    public static ObjectNode toTree(ResearchRecord record) {
        return (ObjectNode) node(Objects.requireNonNull(record, "record"));
    }

    private static JsonNode node(Object value) {
        if (value instanceof Code c) {
            return NODES.stringNode(c.code());
        }
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(node(item)));
            return array;
        }
        if (value instanceof Record r) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object v = read(rc, r);
                if (v instanceof Optional<?> o) {
                    o.ifPresent(inner -> object.set(rc.getName(), node(inner)));
                } else {
                    object.set(rc.getName(), node(v));
                }
            }
            return object;
        }
        throw new IllegalStateException("no JSON form for " + value.getClass().getName());
    }

    private static Object read(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }
}
