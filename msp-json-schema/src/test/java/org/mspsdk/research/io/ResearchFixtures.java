package org.mspsdk.research.io;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mspsdk.research.PseudonymKey;
import org.mspsdk.research.ResearchRecord;

/** Shared test fixtures: a key, the published research schema, in-memory writers. */
final class ResearchFixtures {

    /** The raw key text; tests check that it never appears in any output. */
    static final String KEY_TEXT = "k3y-for-research-export-tests-only-7d1e2c9a";
    static final byte[] KEY_BYTES = KEY_TEXT.getBytes(StandardCharsets.UTF_8);

    /**
     * The published schema, read from the repository ({@code schema/} at the root, one level above the module
     * directory that surefire runs in).
     */
    static final Path SCHEMA_FILE = Path.of("..", "schema", "research-record.json");

    private ResearchFixtures() {
    }

    static PseudonymKey key() {
        return PseudonymKey.fromBytes(KEY_BYTES);
    }

    static String schemaText() {
        try {
            return Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText());
    }

    static String jsonLines(List<ResearchRecord> records) {
        StringWriter out = new StringWriter();
        try (ResearchJsonLines lines = ResearchJsonLines.to(out)) {
            records.forEach(lines::write);
        }
        return out.toString();
    }

    static Map<ResearchCsv.Table, String> csv(List<ResearchRecord> records) {
        Map<ResearchCsv.Table, StringWriter> outs = new EnumMap<>(ResearchCsv.Table.class);
        Map<ResearchCsv.Table, Writer> writers = new EnumMap<>(ResearchCsv.Table.class);
        for (ResearchCsv.Table t : ResearchCsv.Table.values()) {
            StringWriter w = new StringWriter();
            outs.put(t, w);
            writers.put(t, w);
        }
        try (ResearchCsv csv = ResearchCsv.to(writers)) {
            records.forEach(csv::write);
        }
        Map<ResearchCsv.Table, String> text = new EnumMap<>(ResearchCsv.Table.class);
        outs.forEach((t, w) -> text.put(t, w.toString()));
        return text;
    }
}
