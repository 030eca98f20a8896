package org.mspsdk.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.ValidationReport;
import org.mspsdk.validation.Validator;

/**
 * Runs a {@link Mapping} over a council's files: streams the record source one row at a time, joins the child
 * rows of each record by key, and hands over each record made (validated, when a validator is given) and every
 * issue: a cell that could not be mapped, a row that could not become a record, a child row no record claimed.
 * Nothing is silently dropped, coerced or guessed.
 *
 * <pre>{@code
 * Importer importer = Importer.builder(Mapping.read(Path.of("council.yaml")))
 *         .validator(Validator.builder().profile(Profile.SAC_COMPLETE).build())
 *         .build();
 * ImportSummary summary = importer.run(List.of(Path.of("cases.csv"), Path.of("risks.csv")),
 *         imported -> out.write(imported.record()),
 *         issue -> System.err.println(issue.describe()));
 * }</pre>
 *
 * <p>Memory: the record source is streamed; child rows are held, grouped by key, until the record source has
 * been read (bounded by {@code limits.max-child-rows}). Each record key is kept as a 64-bit hash (at most 16
 * bytes a row) to report a key that repeats an earlier row's (rule {@code duplicate-key}; the later row is not
 * made into a record); nothing else grows with the record source.
 */
public final class Importer {

    private final Mapping mapping;
    private final Optional<Validator> validator;

    private Importer(Builder b) {
        this.mapping = b.mapping;
        this.validator = Optional.ofNullable(b.validator);
    }

    /**
     * @param mapping the mapping
     * @return a builder
     */
    public static Builder builder(Mapping mapping) {
        return new Builder(mapping);
    }

    /** Builds an {@link Importer}. */
    public static final class Builder {
        private final Mapping mapping;
        private Validator validator;

        private Builder(Mapping mapping) {
            this.mapping = java.util.Objects.requireNonNull(mapping, "mapping");
        }

        /** @param v validates each record made (none by default) @return this */
        public Builder validator(Validator v) {
            this.validator = v;
            return this;
        }

        /** @return the importer */
        public Importer build() {
            return new Importer(this);
        }
    }

    /**
     * Imports.
     *
     * @param inputs  the files (CSV or .xlsx); each source of the mapping is matched to one by file name
     * @param records receives each record made, in the order of the record source
     * @param issues  receives each issue, as it is found
     * @return what the import did
     * @throws MappingException when the mapping does not fit the files (a column they lack)
     * @throws SourceException  when a source is missing or cannot be opened at all
     */
    public ImportSummary run(List<Path> inputs, Consumer<ImportedRecord> records, Consumer<ImportIssue> issues) {
        Map<String, Path> files = resolve(inputs);
        Counter count = new Counter();
        Consumer<ImportIssue> counted = i -> {
            if (i.kind() == ImportIssue.Kind.CELL) {
                count.cells++;
            } else if (i.kind() == ImportIssue.Kind.ORPHAN_ROW) {
                count.orphans++;
            } else if (i.kind() == ImportIssue.Kind.SOURCE) {
                count.sourceFailed = true;
            }
            issues.accept(i);
        };
        List<Table> open = new ArrayList<>();
        try {
            SourceSpec recordSpec = mapping.recordSource();
            Table recordTable = open(recordSpec, files, open);
            List<FieldReader> fields = bind(mapping.fields(), recordTable);
            Optional<Integer> keyColumn = mapping.recordKey().map(k -> column(recordTable, k, "record.key"));
            Map<String, ChildIndex> children = new LinkedHashMap<>();
            List<BoundList> lists = new ArrayList<>();
            for (ListRule rule : mapping.lists()) {
                if (rule.source().isEmpty()) {
                    lists.add(new BoundList(rule, null, bind(rule.fields(), recordTable)));
                    continue;
                }
                ChildIndex index = children.get(rule.source().get());
                if (index == null) {
                    Table t = open(mapping.sources().get(rule.source().get()), files, open);
                    int key = column(t, rule.key().orElseThrow(), rule.mappingPath() + ".key");
                    index = ChildIndex.load(t, key, mapping.limits(), count, counted);
                    children.put(rule.source().get(), index);
                } else if (!index.keyName().equals(rule.key().orElseThrow())) {
                    throw new MappingException(mapping.name(), rule.mappingPath() + ".key", "lists reading the "
                            + "same source must join on the same key column");
                }
                lists.add(new BoundList(rule, index, bind(rule.fields(), index.table())));
            }
            streamRecords(recordTable, fields, keyColumn, lists, records, counted, count);
            for (ChildIndex index : children.values()) {
                index.reportOrphans(lists, counted);
            }
        } catch (SourceException e) {
            counted.accept(new ImportIssue(ImportIssue.Kind.SOURCE, "", Optional.empty(), 0, Optional.empty(), "",
                    "source", e.getMessage(), Optional.empty()));
        } finally {
            for (Table t : open) {
                try {
                    t.close();
                } catch (IOException e) {
                    // closing only
                }
            }
        }
        return new ImportSummary(count.rows, count.records, count.refused, count.cells, count.orphans,
                count.invalid, count.sourceFailed);
    }

    /**
     * Reads the sources once and reports what the mapping covers, writing nothing: the SDK fields no column
     * feeds (and the SAC tables they starve), the local values with no mapping (with counts), the cells that
     * would not map and the columns no rule reads.
     *
     * <pre>{@code
     * Coverage c = Importer.builder(Mapping.read(Path.of("council.yaml"))).build().check(List.of(cases, risks));
     * if (!c.allCellsMap()) System.out.print(c.toText());
     * }</pre>
     *
     * @param inputs the files (CSV or .xlsx); each source of the mapping is matched to one by file name
     * @return the coverage
     * @throws MappingException when the mapping does not fit the files (a column they lack)
     * @throws SourceException  when a source is missing, cannot be opened or breaks a limit
     */
    public Coverage check(List<Path> inputs) {
        return new CoverageScan(mapping, this).run(inputs);
    }

    private void streamRecords(Table table, List<FieldReader> fields, Optional<Integer> keyColumn,
            List<BoundList> lists, Consumer<ImportedRecord> records, Consumer<ImportIssue> issues, Counter count)
            throws SourceException {
        KeySet seen = new KeySet();
        for (Row next = table.next(); next != null; next = table.next()) {
            Row row = next;
            count.rows++;
            List<ImportIssue> found = new ArrayList<>();
            Consumer<ImportIssue> local = found::add;
            Draft draft = read(table, row, fields, local);
            Map<Target.Part, List<Draft>> items = new HashMap<>();
            String key = keyColumn.map(c -> row.cell(c).trim()).orElse("");
            if (keyColumn.isPresent() && key.isEmpty()) {
                local.accept(new ImportIssue(ImportIssue.Kind.ROW, table.file(), table.sheet(), row.number(),
                        Optional.of(table.header().get(keyColumn.get())), "", "required",
                        "the record key (child rows join on it)", Optional.empty()));
            }
            Object id = draft.values.get(Target.RECORD_ID);
            String unique = keyColumn.isPresent() ? key : id instanceof String s ? s : "";
            if (!unique.isEmpty() && !seen.add(unique)) {
                local.accept(new ImportIssue(ImportIssue.Kind.ROW, table.file(), table.sheet(), row.number(),
                        keyColumn.map(c -> table.header().get(c)).or(() -> Optional.ofNullable(draft.columns.get(
                                Target.RECORD_ID))), keyColumn.isPresent() ? "" : Target.RECORD_ID.path(),
                        "duplicate-key", "a record key no earlier row has (an earlier row has the same key; this "
                                + "row was not made into a record)", Optional.empty()));
            }
            for (BoundList list : lists) {
                List<Draft> drafts = items.computeIfAbsent(list.rule().part(), p -> new ArrayList<>());
                if (list.index() == null) {
                    boolean allConstant = list.fields().stream().allMatch(FieldReader::isConstant);
                    if (allConstant || list.fields().stream().anyMatch(f -> !f.isConstant() && !f.isBlank(row))) {
                        drafts.add(read(table, row, list.fields(), local));
                    }
                } else if (!key.isEmpty()) {
                    for (Row child : list.index().claim(key, list)) {
                        drafts.add(read(list.index().table(), child, list.fields(), local));
                    }
                }
            }
            boolean cellProblems = found.stream().anyMatch(i -> i.kind() == ImportIssue.Kind.CELL);
            SafeguardingRecord record = found.isEmpty() ? RecordAssembler.assemble(draft, items, local) : null;
            found.forEach(issues);
            if (record == null) {
                count.refused++;
                if (cellProblems) {
                    issues.accept(new ImportIssue(ImportIssue.Kind.ROW, table.file(), table.sheet(), row.number(),
                            Optional.empty(), "", "cells", "every cell of the record mapped (see the cell issues "
                                    + "above); the record was not made", Optional.empty()));
                }
                continue;
            }
            Optional<ValidationReport> report = validator.map(v -> v.validate(record));
            if (report.isPresent() && !report.get().isValid()) {
                count.invalid++;
            }
            count.records++;
            records.accept(new ImportedRecord(record, table.file(), table.sheet(), row.number(), report));
        }
    }

    private static Draft read(Table table, Row row, List<FieldReader> fields, Consumer<ImportIssue> issues) {
        Draft d = new Draft(table, row);
        for (FieldReader f : fields) {
            f.columnName(table).ifPresent(c -> d.columns.put(f.target(), c));
            Object v = f.read(row, table, issues);
            if (v instanceof ItemAnswer a) {
                d.answers.add(a);
            } else if (v != null && v != FieldReader.FAILED) {
                d.values.put(f.target(), v);
            }
        }
        return d;
    }

    private List<FieldReader> bind(List<FieldRule> rules, Table table) {
        return rules.stream().map(r -> FieldReader.bind(r, table, mapping.name())).toList();
    }

    int column(Table t, String name, String mappingPath) {
        int i = FieldReader.indexOf(t.header(), name);
        if (i < 0) {
            throw new MappingException(mapping.name(), mappingPath, "no such column in " + t.file()
                    + t.sheet().map(s -> " [" + s + "]").orElse("") + "; its columns are " + t.header());
        }
        return i;
    }

    Table open(SourceSpec spec, Map<String, Path> files, List<Table> open) throws SourceException {
        Path path = files.get(spec.file().toLowerCase(Locale.ROOT));
        Table t = spec.isWorkbook() ? new XlsxTable(path, spec.file(), spec, mapping.limits())
                : new CsvTable(path, spec.file(), spec, mapping.limits());
        open.add(t);
        return t;
    }

    /** Matches each source's file name to one input; a missing input is unusable. */
    Map<String, Path> resolve(List<Path> inputs) {
        Map<String, Path> byName = new HashMap<>();
        for (Path p : inputs) {
            byName.put(String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT), p);
        }
        for (SourceSpec s : mapping.sources().values()) {
            Path p = byName.get(s.file().toLowerCase(Locale.ROOT));
            if (p == null) {
                throw new SourceException("mapping " + mapping.name() + " at " + s.mappingPath() + ": no input "
                        + "file named " + s.file() + " was given");
            }
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw new SourceException(s.file() + ": no such file, or it cannot be read");
            }
        }
        return byName;
    }

    /** Running totals. */
    static final class Counter {
        long rows;
        long records;
        long refused;
        long cells;
        long orphans;
        long invalid;
        long childRows;
        boolean sourceFailed;
    }

    /** A list rule bound to its table. */
    record BoundList(ListRule rule, ChildIndex index, List<FieldReader> fields) {
    }

    @Override
    public String toString() {
        return "Importer[" + mapping + (validator.isPresent() ? ", validating" : "") + "]";
    }
}
