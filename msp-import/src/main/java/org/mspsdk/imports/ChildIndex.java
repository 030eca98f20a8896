package org.mspsdk.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rows of one child source grouped by their key, held until the record source has been read; then every
 * row that no record claimed is reported (nothing is dropped silently).
 */
final class ChildIndex {

    private final Table table;
    private final int keyColumn;
    private final Map<String, List<Row>> rows = new HashMap<>();
    private final Map<Importer.BoundList, Set<String>> claimed = new HashMap<>();

    private ChildIndex(Table table, int keyColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
    }

    static ChildIndex load(Table table, int keyColumn, ImportLimits limits, Importer.Counter count,
            Consumer<ImportIssue> issues) throws SourceException {
        ChildIndex index = new ChildIndex(table, keyColumn);
        for (Row row = table.next(); row != null; row = table.next()) {
            if (++count.childRows > limits.maxChildRows()) {
                throw new SourceException(table.file() + ": more than " + limits.maxChildRows()
                        + " child rows to hold while joining (limits.max-child-rows)");
            }
            String key = row.cell(keyColumn).trim();
            if (key.isEmpty()) {
                issues.accept(new ImportIssue(ImportIssue.Kind.ORPHAN_ROW, table.file(), table.sheet(),
                        row.number(), Optional.of(index.keyName()), "", "join",
                        "the key of the record this row belongs to", Optional.empty()));
                continue;
            }
            index.rows.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return index;
    }

    Table table() {
        return table;
    }

    String keyName() {
        return table.header().get(keyColumn);
    }

    List<Row> claim(String key, Importer.BoundList list) {
        List<Row> found = rows.get(key);
        if (found == null) {
            return List.of();
        }
        claimed.computeIfAbsent(list, l -> new HashSet<>()).add(key);
        return found;
    }

    void reportOrphans(List<Importer.BoundList> lists, Consumer<ImportIssue> issues) {
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            for (Importer.BoundList list : lists) {
                if (list.index() == this && !claimed.getOrDefault(list, Set.of()).contains(e.getKey())) {
                    for (Row r : e.getValue()) {
                        issues.accept(new ImportIssue(ImportIssue.Kind.ORPHAN_ROW, table.file(), table.sheet(),
                                r.number(), Optional.of(keyName()), list.rule().part().path() + "[]", "join",
                                "a record whose key equals this row's " + keyName(), Optional.empty()));
                    }
                }
            }
        }
    }
}
