package org.mspsdk.research.io;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mspsdk.MspException;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.dictionary.DictionaryCode;
import org.mspsdk.dictionary.ResearchTreatment;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes the generated {@link DataDictionary} as CSV: a fields table (one row per field of the record model and
 * of the research form, with its allowed codes and labels inline) and a codes table (one row per code of every
 * list).
 *
 * <pre>{@code
 * DataDictionary d = DataDictionary.generate();
 * try (Writer fields = Files.newBufferedWriter(Path.of("dictionary-fields.csv"));
 *      Writer codes = Files.newBufferedWriter(Path.of("dictionary-codes.csv"))) {
 *     DataDictionaryCsv.writeFields(d, fields);
 *     DataDictionaryCsv.writeCodes(d, codes);
 * }
 * }</pre>
 */
public final class DataDictionaryCsv {

    /** The columns of the fields table. */
    public static final List<String> FIELD_COLUMNS = List.of("form", "path", "type", "required", "description",
            "code_list", "allowed_codes", "sac_tables", "vocabulary_version", "research_treatment");

    /** The columns of the codes table. */
    public static final List<String> CODE_COLUMNS = List.of("list_id", "list_title", "source", "code", "label",
            "sac_table", "version");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(tools.jackson.dataformat.csv.CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private DataDictionaryCsv() {
    }

    /**
     * Writes the fields table (the writer is flushed, not closed).
     *
     * @param dictionary the dictionary
     * @param out        where to write
     */
    public static void writeFields(DataDictionary dictionary, Writer out) {
        Map<String, List<DictionaryCode>> lists = dictionary.codesByList();
        write(FIELD_COLUMNS, out, dictionary.fields().stream().map(f -> List.of(f.form(), f.path(), f.type(),
                String.valueOf(f.required()), f.description(), f.codeList().orElse(""),
                f.codeList().map(l -> allowed(lists.get(l))).orElse(""), String.join(" ", f.sacTables()),
                f.vocabularyVersion().orElse(""), f.researchTreatment().map(ResearchTreatment::code).orElse("")))
                .toList());
    }

    /**
     * Writes the codes table (the writer is flushed, not closed).
     *
     * @param dictionary the dictionary
     * @param out        where to write
     */
    public static void writeCodes(DataDictionary dictionary, Writer out) {
        write(CODE_COLUMNS, out, dictionary.codes().stream().map(c -> List.of(c.listId(), c.listTitle(), c.source(),
                c.code(), c.label(), c.sacTable().orElse(""), c.version())).toList());
    }

    private static String allowed(List<DictionaryCode> codes) {
        return codes.stream().map(c -> c.code() + " = " + c.label()).collect(Collectors.joining(" | "));
    }

    private static void write(List<String> columns, Writer out, List<List<String>> rows) {
        CsvSchema.Builder b = CsvSchema.builder();
        columns.forEach(b::addColumn);
        try (SequenceWriter w = MAPPER.writer(b.build().withHeader())
                .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValues(out)) {
            w.writeAll(rows);
        } catch (JacksonException e) {
            throw new MspException(MspException.Kind.IO, "cannot write the data dictionary CSV", e);
        }
    }
}
