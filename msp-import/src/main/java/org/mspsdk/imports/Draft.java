package org.mspsdk.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mspsdk.model.ItemAnswer;

/**
 * The typed values read for one record or one list item, with the row they came from (for messages) and the
 * column that fed each field.
 */
final class Draft {

    final Table table;
    final Row row;
    final Map<Target, Object> values = new EnumMap<>(Target.class);
    final Map<Target, String> columns = new EnumMap<>(Target.class);
    /** A questionnaire response's answers, in mapping order. */
    final List<ItemAnswer> answers = new ArrayList<>();

    Draft(Table table, Row row) {
        this.table = table;
        this.row = row;
    }

    @SuppressWarnings("unchecked")
    <T> T get(Target t) {
        return (T) values.get(t);
    }

    boolean has(Target t) {
        return values.containsKey(t);
    }

    @Override
    public String toString() {
        return "Draft[" + row + ", " + values.size() + " fields]";
    }
}
