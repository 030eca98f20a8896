package org.mspsdk.research.io;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mspsdk.csv.internal.CsvLayout;
import org.mspsdk.csv.internal.CsvLayouts;
import org.mspsdk.csv.internal.CsvTableWriter;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.dictionary.DictionaryCode;
import org.mspsdk.dictionary.ResearchTreatment;

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
    public static final List<String> FIELD_COLUMNS = CsvLayouts.DICTIONARY_FIELDS.names();

    /** The columns of the codes table. */
    public static final List<String> CODE_COLUMNS = CsvLayouts.DICTIONARY_CODES.names();

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
        write(CsvLayouts.DICTIONARY_FIELDS, out, dictionary.fields().stream().map(f -> List.of(f.form(), f.path(), f.type(),
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
        write(CsvLayouts.DICTIONARY_CODES, out, dictionary.codes().stream().map(c -> List.of(c.listId(), c.listTitle(), c.source(),
                c.code(), c.label(), c.sacTable().orElse(""), c.version())).toList());
    }

    private static String allowed(List<DictionaryCode> codes) {
        return codes.stream().map(c -> c.code() + " = " + c.label()).collect(Collectors.joining(" | "));
    }

    private static void write(CsvLayout layout, Writer out, List<List<String>> rows) {
        try (CsvTableWriter csv = CsvTableWriter.open(layout, out, false)) {
            rows.forEach(csv::row);
        }
    }
}
