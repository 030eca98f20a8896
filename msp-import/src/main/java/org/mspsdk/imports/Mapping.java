package org.mspsdk.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A declarative mapping from a council's own files onto the record model, read from YAML. The format is
 * documented field by field in {@code docs/import/MAPPING.md}; in short:
 *
 * <pre>{@code
 * msp-mapping: 1
 * sources:
 *   cases: {file: cases.csv, encoding: windows-1252}
 *   risks: risks.csv
 * defaults: {date-formats: [dd/MM/yyyy], blank-values: ["", "NULL"]}
 * record:
 *   source: cases
 *   key: CaseRef
 *   fields:
 *     recordId: CaseRef
 *     adult.gender: {column: Sex, values: {M: male, F: female}}
 *     enquiry.type: {constant: s42}
 *   lists:
 *     enquiry.riskItems:
 *       - {source: risks, key: CaseRef, fields: {type: {column: Category, values: {FIN: financial-material}}}}
 * }</pre>
 *
 * <pre>{@code
 * Mapping mapping = Mapping.read(Path.of("council.yaml"));   // MappingException naming the path of a problem
 * }</pre>
 *
 * <p>Reading checks everything that can be checked without the data: unknown keys, fields that do not exist,
 * value maps and constants that name codes not in the field's list, date formats. Columns are checked when the
 * sources are opened.
 */
public final class Mapping {

    private final String name;
    private final Map<String, SourceSpec> sources;
    private final String recordSource;
    private final Optional<String> recordKey;
    private final List<FieldRule> fields;
    private final List<ListRule> lists;
    private final ImportLimits limits;

    Mapping(String name, Map<String, SourceSpec> sources, String recordSource, Optional<String> recordKey,
            List<FieldRule> fields, List<ListRule> lists, ImportLimits limits) {
        this.name = name;
        this.sources = Map.copyOf(sources);
        this.recordSource = recordSource;
        this.recordKey = recordKey;
        this.fields = List.copyOf(fields);
        this.lists = List.copyOf(lists);
        this.limits = limits;
    }

    /**
     * Reads a mapping file.
     *
     * @param file the YAML file
     * @return the mapping
     * @throws MappingException when the file is not a usable mapping (the message names the path inside it)
     * @throws IOException      when the file cannot be read
     */
    public static Mapping read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), String.valueOf(file.getFileName()));
    }

    /**
     * Reads a mapping from text.
     *
     * @param yaml the YAML text
     * @param name the name to use in messages (usually the file name)
     * @return the mapping
     * @throws MappingException when the text is not a usable mapping
     */
    public static Mapping parse(String yaml, String name) {
        return MappingParser.parse(yaml, name);
    }

    /** @return the name used in messages (the file name) */
    public String name() {
        return name;
    }

    /** @return the file names the sources are matched to, in no particular order */
    public Set<String> sourceFiles() {
        Set<String> out = new LinkedHashSet<>();
        sources.values().forEach(s -> out.add(s.file()));
        return out;
    }

    Map<String, SourceSpec> sources() {
        return sources;
    }

    SourceSpec recordSource() {
        return sources.get(recordSource);
    }

    Optional<String> recordKey() {
        return recordKey;
    }

    List<FieldRule> fields() {
        return fields;
    }

    List<ListRule> lists() {
        return lists;
    }

    ImportLimits limits() {
        return limits;
    }

    @Override
    public String toString() {
        return "Mapping[" + name + ", " + sources.size() + " sources, " + fields.size() + " record fields, "
                + lists.size() + " list rules]";
    }
}
