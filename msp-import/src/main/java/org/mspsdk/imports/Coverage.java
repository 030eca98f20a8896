package org.mspsdk.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a mapping covers, found by reading the sources before anything is written ({@code msp import --check}):
 * the SDK fields no column feeds and the SAC tables they starve, the local values no value map or code list
 * maps (with counts), the cells of other kinds that would not map (counted, never shown), and the columns no
 * rule reads. Only a coded column's values are ever shown (they are local codes, not personal data), cut to 40
 * characters, as in the import's own issues.
 *
 * <pre>{@code
 * Coverage coverage = Importer.builder(Mapping.read(Path.of("council.yaml"))).build()
 *         .check(List.of(Path.of("cases.csv")));
 * System.out.print(coverage.toText());     // or coverage.toJson()
 * }</pre>
 *
 * @param mapping        the mapping file's name
 * @param sources        each source read and its rows
 * @param duplicateKeys  rows of the record source whose record key repeats an earlier row's (each would not be
 *                       made into a record)
 * @param unfedFields    the SDK fields nothing feeds, or whose every column is blank in every row, in model order
 * @param unmappedCells  cells that would not map, grouped by column, field and rule, in mapping order
 * @param unusedColumns  the columns of the sources that no rule reads, in source and column order
 * @param unusedFiles    input files that no source of the mapping names
 */
public record Coverage(String mapping, List<SourceRows> sources, long duplicateKeys, List<UnfedField> unfedFields,
        List<UnmappedCells> unmappedCells, List<UnusedColumn> unusedColumns, List<String> unusedFiles) {

    /** Copies the lists. */
    public Coverage {
        sources = List.copyOf(sources);
        unfedFields = List.copyOf(unfedFields);
        unmappedCells = List.copyOf(unmappedCells);
        unusedColumns = List.copyOf(unusedColumns);
        unusedFiles = List.copyOf(unusedFiles);
    }

    /**
     * One source read.
     *
     * @param name  its name in the mapping
     * @param file  the file name
     * @param sheet the sheet, for a workbook
     * @param rows  rows read after the header
     */
    public record SourceRows(String name, String file, Optional<String> sheet, long rows) {
    }

    /**
     * An SDK field that no column feeds.
     *
     * @param path        its data-dictionary path, for example {@code adult.ethnicity}
     * @param sacTables   the SAC tables it feeds (and so starves), by reference, for example {@code SG1c}
     * @param blankColumn the column the mapping names for it when that column is blank in every row; empty when
     *                    no rule names the field at all
     */
    public record UnfedField(String path, List<String> sacTables, Optional<String> blankColumn) {
        /** Copies the list. */
        public UnfedField {
            sacTables = List.copyOf(sacTables);
        }
    }

    /**
     * The cells of one column that would not map onto one field, for one reason.
     *
     * @param file      the file
     * @param sheet     the sheet, for a workbook
     * @param column    the column
     * @param fieldPath the field it feeds
     * @param rule      the rule or list that refuses them, as in {@link ImportIssue#rule()}
     * @param cells     how many cells
     * @param values    for a coded field, each distinct local value with its count (most frequent first, at most
     *                  {@value CoverageScan#MAX_VALUES_LISTED}); always empty for any other field, whose values
     *                  may be personal data
     */
    public record UnmappedCells(String file, Optional<String> sheet, String column, String fieldPath, String rule,
            long cells, List<ValueCount> values) {
        /** Copies the list. */
        public UnmappedCells {
            values = List.copyOf(values);
        }
    }

    /**
     * A local value and how many cells hold it.
     *
     * @param value the value as first met (trimmed, cut to 40 characters)
     * @param count the cells holding it (compared trimmed, ignoring case)
     */
    public record ValueCount(String value, long count) {
    }

    /**
     * A column no rule reads.
     *
     * @param file     the file
     * @param sheet    the sheet, for a workbook
     * @param column   its header (empty when the header cell is blank)
     * @param position its 1-based position
     */
    public record UnusedColumn(String file, Optional<String> sheet, String column, int position) {
    }

    /**
     * @return true when every cell the mapping reads would map and no record key repeats (unfed fields and unused
     *     columns aside)
     */
    public boolean allCellsMap() {
        return unmappedCells.isEmpty() && duplicateKeys == 0;
    }

    /** @return each starved SAC table (by reference, in table order) with the unfed fields that feed it */
    public Map<String, List<String>> starvedTables() {
        Map<String, List<String>> out = new TreeMap<>();
        for (UnfedField f : unfedFields) {
            for (String t : f.sacTables()) {
                out.computeIfAbsent(t, k -> new ArrayList<>()).add(f.path());
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** @return the report as text, as {@code msp import --check} prints it */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("Coverage of ").append(mapping).append('\n');
        for (SourceRows s : sources) {
            b.append("  source ").append(s.name()).append(": ").append(where(s.file(), s.sheet())).append(", ")
                    .append(count(s.rows(), "row")).append('\n');
        }
        if (duplicateKeys > 0) {
            b.append("  rows whose record key repeats an earlier row's: ").append(duplicateKeys).append('\n');
        }
        b.append('\n').append("SDK fields no column feeds: ").append(unfedFields.size()).append('\n');
        for (UnfedField f : unfedFields) {
            b.append("  ").append(f.path());
            if (!f.sacTables().isEmpty()) {
                b.append(" (").append(String.join(", ", f.sacTables())).append(')');
            }
            f.blankColumn().ifPresent(c -> b.append(": column ").append(c).append(" is blank in every row"));
            b.append('\n');
        }
        Map<String, List<String>> starved = starvedTables();
        b.append("SAC tables starved (the unfed fields that feed them):").append(starved.isEmpty() ? " none" : "")
                .append('\n');
        starved.forEach((t, fields) -> b.append("  ").append(t).append(": ").append(String.join(", ", fields))
                .append('\n'));
        long cells = unmappedCells.stream().mapToLong(UnmappedCells::cells).sum();
        b.append('\n').append("Cells that would not map: ").append(cells).append('\n');
        for (UnmappedCells u : unmappedCells) {
            b.append("  ").append(where(u.file(), u.sheet())).append(", column ").append(u.column()).append(" -> ")
                    .append(u.fieldPath()).append(" (").append(u.rule()).append("): ").append(count(u.cells(),
                            "cell"));
            if (!u.values().isEmpty()) {
                b.append(':');
                for (ValueCount v : u.values()) {
                    b.append(" '").append(v.value()).append("' ").append(v.count()).append(',');
                }
                b.setLength(b.length() - 1);
                long listed = u.values().stream().mapToLong(ValueCount::count).sum();
                if (listed < u.cells()) {
                    b.append("; ").append(count(u.cells() - listed, "cell")).append(" with further values");
                }
            }
            b.append('\n');
        }
        b.append('\n').append("Columns no rule reads: ").append(unusedColumns.size()).append('\n');
        for (UnusedColumn c : unusedColumns) {
            b.append("  ").append(where(c.file(), c.sheet())).append(": ")
                    .append(c.column().isEmpty() ? "column " + c.position() + " (no header)" : c.column())
                    .append('\n');
        }
        if (!unusedFiles.isEmpty()) {
            b.append('\n').append("Files no source names: ").append(String.join(", ", unusedFiles)).append('\n');
        }
        return b.toString();
    }

    /** @return the report as one JSON object (pretty-printed), the same facts as {@link #toText()} */
    public String toJson() {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        root.put("mapping", mapping);
        ArrayNode src = root.putArray("sources");
        for (SourceRows s : sources) {
            ObjectNode o = src.addObject().put("name", s.name()).put("file", s.file());
            s.sheet().ifPresent(v -> o.put("sheet", v));
            o.put("rows", s.rows());
        }
        root.put("duplicateKeys", duplicateKeys);
        ArrayNode unfed = root.putArray("unfedFields");
        for (UnfedField f : unfedFields) {
            ObjectNode o = unfed.addObject().put("path", f.path());
            ArrayNode t = o.putArray("sacTables");
            f.sacTables().forEach(t::add);
            f.blankColumn().ifPresent(c -> o.put("blankColumn", c));
        }
        ObjectNode starved = root.putObject("starvedTables");
        starvedTables().forEach((t, fields) -> {
            ArrayNode a = starved.putArray(t);
            fields.forEach(a::add);
        });
        ArrayNode cells = root.putArray("unmappedCells");
        for (UnmappedCells u : unmappedCells) {
            ObjectNode o = cells.addObject().put("file", u.file());
            u.sheet().ifPresent(v -> o.put("sheet", v));
            o.put("column", u.column()).put("field", u.fieldPath()).put("rule", u.rule()).put("cells", u.cells());
            ArrayNode vs = o.putArray("values");
            u.values().forEach(v -> vs.addObject().put("value", v.value()).put("count", v.count()));
        }
        ArrayNode unused = root.putArray("unusedColumns");
        for (UnusedColumn c : unusedColumns) {
            ObjectNode o = unused.addObject().put("file", c.file());
            c.sheet().ifPresent(v -> o.put("sheet", v));
            o.put("column", c.column()).put("position", c.position());
        }
        ArrayNode files = root.putArray("unusedFiles");
        unusedFiles.forEach(files::add);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static String where(String file, Optional<String> sheet) {
        return file + sheet.map(s -> " [" + s + "]").orElse("");
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
