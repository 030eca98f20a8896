package org.mspsdk.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.dictionary.DataDictionary;
import org.mspsdk.dictionary.DictionaryField;

/**
 * Reads every source a mapping names once, through the same field readers the import uses, and gathers a
 * {@link Coverage}: nothing is assembled or written. Memory is bounded by the number of columns and of distinct
 * unmapped values kept per column ({@value #MAX_VALUES_LISTED}), not by rows.
 */
final class CoverageScan {

    /** The most distinct unmapped values kept per column, field and rule. */
    static final int MAX_VALUES_LISTED = 50;

    private final Mapping mapping;
    private final Importer importer;

    CoverageScan(Mapping mapping, Importer importer) {
        this.mapping = mapping;
        this.importer = importer;
    }

    Coverage run(List<Path> inputs) {
        Map<String, Path> files = importer.resolve(inputs);
        List<String> unusedFiles = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        mapping.sources().values().forEach(s -> named.add(s.file().toLowerCase(Locale.ROOT)));
        for (Path p : inputs) {
            String n = String.valueOf(p.getFileName());
            if (!named.contains(n.toLowerCase(Locale.ROOT))) {
                unusedFiles.add(n);
            }
        }
        // the rules reading each source, in mapping order: the record source first
        Map<String, List<FieldRule>> rulesBySource = new LinkedHashMap<>();
        Map<String, Map<String, String>> keysBySource = new HashMap<>();
        String recordSource = mapping.recordSource().name();
        rulesBySource.put(recordSource, new ArrayList<>(mapping.fields()));
        mapping.recordKey().ifPresent(k -> keysBySource.computeIfAbsent(recordSource, s -> new LinkedHashMap<>())
                .put(k, "record.key"));
        for (ListRule l : mapping.lists()) {
            String s = l.source().orElse(recordSource);
            rulesBySource.computeIfAbsent(s, x -> new ArrayList<>()).addAll(l.fields());
            l.key().ifPresent(k -> keysBySource.computeIfAbsent(s, x -> new LinkedHashMap<>()).putIfAbsent(k,
                    l.mappingPath() + ".key"));
        }
        List<Coverage.SourceRows> sources = new ArrayList<>();
        List<Coverage.UnusedColumn> unused = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<Target, Feed> feeds = new EnumMap<>(Target.class);
        long duplicates = 0;
        for (Map.Entry<String, List<FieldRule>> e : rulesBySource.entrySet()) {
            SourceSpec spec = mapping.sources().get(e.getKey());
            List<Table> open = new ArrayList<>();
            try {
                Table table = importer.open(spec, files, open);
                List<FieldReader> readers = e.getValue().stream().map(r -> FieldReader.bind(r, table,
                        mapping.name())).toList();
                Set<Integer> used = new LinkedHashSet<>();
                for (Map.Entry<String, String> key : keysBySource.getOrDefault(e.getKey(), Map.of()).entrySet()) {
                    used.add(importer.column(table, key.getKey(), key.getValue()));
                }
                long[] nonBlank = new long[readers.size()];
                for (int r = 0; r < readers.size(); r++) {
                    FieldReader reader = readers.get(r);
                    reader.columnName(table).ifPresent(c -> used.add(FieldReader.indexOf(table.header(), c)));
                    feeds.computeIfAbsent(reader.target(), t -> new Feed());
                }
                // the record source: a key that repeats an earlier row's
                int keyColumn = -1;
                if (e.getKey().equals(recordSource)) {
                    keyColumn = mapping.recordKey().map(k -> importer.column(table, k, "record.key")).orElseGet(
                            () -> readers.stream().filter(r -> r.target() == Target.RECORD_ID && !r.isConstant())
                                    .findFirst().map(r -> FieldReader.indexOf(table.header(),
                                            r.columnName(table).orElseThrow())).orElse(-1));
                }
                KeySet seen = new KeySet();
                long rows = 0;
                for (Row row = table.next(); row != null; row = table.next()) {
                    rows++;
                    if (keyColumn >= 0) {
                        String key = row.cell(keyColumn).trim();
                        if (!key.isEmpty() && !seen.add(key)) {
                            duplicates++;
                        }
                    }
                    for (int r = 0; r < readers.size(); r++) {
                        FieldReader reader = readers.get(r);
                        if (!reader.isConstant() && !reader.isBlank(row)) {
                            nonBlank[r]++;
                        }
                        long order = (long) sources.size() << 32 | r;
                        reader.read(row, table, issue -> {
                            if (issue.kind() == ImportIssue.Kind.CELL) {
                                String g = issue.file() + "\u0000" + issue.sheet().orElse("") + "\u0000"
                                        + issue.column().orElse("") + "\u0000" + issue.fieldPath() + "\u0000"
                                        + issue.rule();
                                groups.computeIfAbsent(g, k -> new Group(issue, order)).add(issue.value());
                            }
                        });
                    }
                }
                for (int r = 0; r < readers.size(); r++) {
                    FieldReader reader = readers.get(r);
                    Feed f = feeds.get(reader.target());
                    if (reader.isConstant() || nonBlank[r] > 0) {
                        f.fed = true;
                    } else if (f.blankColumn == null) {
                        f.blankColumn = reader.columnName(table).orElseThrow();
                    }
                }
                sources.add(new Coverage.SourceRows(spec.name(), table.file(), table.sheet(), rows));
                for (int c = 0; c < table.header().size(); c++) {
                    if (!used.contains(c)) {
                        unused.add(new Coverage.UnusedColumn(table.file(), table.sheet(), table.header().get(c),
                                c + 1));
                    }
                }
            } finally {
                for (Table t : open) {
                    try {
                        t.close();
                    } catch (IOException x) {
                        // closing only
                    }
                }
            }
        }
        // in mapping order: source by source, each field rule in the order written
        return new Coverage(mapping.name(), sources, duplicates, unfed(feeds, mapping.lists().stream().anyMatch(l -> l.part() == Target.Part.QUESTIONNAIRES)), groups.values().stream().sorted(Comparator
                .comparingLong((Group g) -> g.order).thenComparing(g -> g.first.rule())).map(Group::result)
                .toList(), unused, unusedFiles);
    }

    /**
     * Questionnaire fields count as unfed only when the mapping declares a questionnaires list (they feed no SAC
     * table; an extract without questionnaires is not missing them). Answers are per item, not one field.
     */
    private static List<Coverage.UnfedField> unfed(Map<Target, Feed> feeds, boolean questionnaires) {
        Map<String, DictionaryField> dictionary = new HashMap<>();
        for (DictionaryField f : DataDictionary.generate().fields(DataDictionary.SAFEGUARDING_RECORD)) {
            dictionary.put(f.path(), f);
        }
        List<Coverage.UnfedField> out = new ArrayList<>();
        for (Target t : Target.values()) {
            Feed f = feeds.get(t);
            if (t == Target.QUESTIONNAIRE_ANSWER || t.part() == Target.Part.QUESTIONNAIRES && !questionnaires
                    || f != null && f.fed) {
                continue;
            }
            List<String> tables = sacTables(t, dictionary);
            out.add(new Coverage.UnfedField(t.path(), tables, Optional.ofNullable(f == null ? null : f.blankColumn)));
        }
        return out;
    }

    /** The SAC tables a field feeds, as the data dictionary records them for its path. */
    static List<String> sacTables(Target t, Map<String, DictionaryField> dictionary) {
        DictionaryField d = dictionary.get(t.path());
        if (d == null) {
            throw new IllegalStateException("import target " + t.path() + " is not in the data dictionary");
        }
        // a list feeding several tables is recorded as one joined reference (SG2a/SG2b): split it
        return d.sacTables().stream().flatMap(s -> java.util.Arrays.stream(s.split("/"))).distinct()
                .sorted(Comparator.comparing(s -> s.toUpperCase(Locale.ROOT))).toList();
    }

    /** Whether a target is fed: by a constant, or by a column not blank in every row. */
    private static final class Feed {
        boolean fed;
        String blankColumn;
    }

    /** The unmapped cells of one column, field and rule. */
    private static final class Group {
        final ImportIssue first;
        final long order;
        long cells;
        final Map<String, Coverage.ValueCount> values = new LinkedHashMap<>();

        Group(ImportIssue first, long order) {
            this.first = first;
            this.order = order;
        }

        void add(Optional<String> value) {
            cells++;
            if (value.isEmpty()) {
                return;
            }
            String k = value.get().toLowerCase(Locale.ROOT);
            Coverage.ValueCount v = values.get(k);
            if (v != null) {
                values.put(k, new Coverage.ValueCount(v.value(), v.count() + 1));
            } else if (values.size() < MAX_VALUES_LISTED) {
                values.put(k, new Coverage.ValueCount(value.get(), 1));
            }
        }

        Coverage.UnmappedCells result() {
            List<Coverage.ValueCount> sorted = values.values().stream().sorted(Comparator.comparingLong(
                    Coverage.ValueCount::count).reversed().thenComparing(Coverage.ValueCount::value)).toList();
            return new Coverage.UnmappedCells(first.file(), first.sheet(), first.column().orElse(""),
                    first.fieldPath(), first.rule(), cells, sorted);
        }
    }
}
