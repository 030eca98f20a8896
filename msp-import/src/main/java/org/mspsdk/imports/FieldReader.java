package org.mspsdk.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.mspsdk.instrument.AnswerOption;
import org.mspsdk.instrument.AnswerScale;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.model.ItemAnswer;
import org.mspsdk.model.NhsNumber;
import org.mspsdk.vocabulary.CodeList;

/**
 * A {@link FieldRule} bound to one table's columns: reads a row's cell into the field's typed value (a code-list
 * entry, a date, a boolean, text) or reports why it cannot, never quoting a cell that is not coded.
 */
final class FieldReader {

    /** The result of a cell that could not be mapped (the issue has been reported). */
    static final Object FAILED = new Object();

    private static final int MAX_VALUE_SHOWN = 40;

    private final FieldRule rule;
    private final int column;
    private final Optional<Object> constant;

    private FieldReader(FieldRule rule, int column, Optional<Object> constant) {
        this.rule = rule;
        this.column = column;
        this.constant = constant;
    }

    /** Binds a rule to a table's header; a column it does not have is a mapping error. */
    static FieldReader bind(FieldRule rule, Table table, String mappingName) {
        if (rule.constant().isPresent()) {
            Object v = new FieldReader(rule, -1, Optional.empty()).convert(rule.constant().get(), false, null, null,
                    0, e -> { });
            return new FieldReader(rule, -1, Optional.of(v));
        }
        int index = indexOf(table.header(), rule.column().orElseThrow());
        if (index < 0) {
            throw new MappingException(mappingName, rule.mappingPath() + ".column", "no such column in "
                    + table.file() + table.sheet().map(s -> " [" + s + "]").orElse("") + "; its columns are "
                    + table.header());
        }
        return new FieldReader(rule, index, Optional.empty());
    }

    /** Exact name first, then the one name equal ignoring case and surrounding spaces. */
    static int indexOf(List<String> header, String name) {
        int i = header.indexOf(name.trim());
        if (i >= 0) {
            return i;
        }
        int found = -1;
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).equalsIgnoreCase(name.trim())) {
                if (found >= 0) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }

    FieldRule rule() {
        return rule;
    }

    Target target() {
        return rule.target();
    }

    boolean isConstant() {
        return constant.isPresent();
    }

    Optional<String> columnName(Table table) {
        return column < 0 ? Optional.empty() : Optional.of(table.header().get(column));
    }

    /** @return whether this column's cell is blank in the row (false for a constant) */
    boolean isBlank(Row row) {
        return column >= 0 && blank(row.cell(column)) && !row.has(column, Row.FORMULA);
    }

    private boolean blank(String cell) {
        return rule.blankValues().contains(MappingParser.key(cell));
    }

    /**
     * Reads the field from a row.
     *
     * @return the typed value, null when absent, or {@link #FAILED} when an issue was reported
     */
    Object read(Row row, Table table, Consumer<ImportIssue> issues) {
        if (constant.isPresent()) {
            return constant.get();
        }
        if (row.has(column, Row.FORMULA) || row.has(column, Row.ERROR)) {
            issues.accept(issue(table, row, "formula", "a value, not a formula or an error cell (save the sheet "
                    + "with values only)", null));
            return FAILED;
        }
        String cell = row.cell(column);
        if (blank(cell)) {
            switch (rule.blank()) {
                case ERROR -> {
                    issues.accept(issue(table, row, "blank", "a value (this field's 'blank' is 'error')", null));
                    return FAILED;
                }
                case VALUE -> {
                    return convert(rule.ifBlank().orElseThrow(), false, table, row, 0, issues);
                }
                default -> {
                    return null;
                }
            }
        }
        return convert(cell, row.has(column, Row.NUMERIC), table, row, 0, issues);
    }

    private Object convert(String raw, boolean numeric, Table table, Row row, int depth, Consumer<ImportIssue> out) {
        Target t = rule.target();
        String mapped = rule.values().get(MappingParser.key(raw));
        if (MappingParser.ABSENT.equals(mapped)) {
            return null;
        }
        boolean viaMap = mapped != null;
        String value = viaMap ? mapped : raw.trim();
        boolean coded = t.kind().coded() || rule.answerItem().map(i -> !i.isFreeText()).orElse(false);
        if (!viaMap && !rule.values().isEmpty() && !rule.sdkLookup()) {
            out.accept(issue(table, row, "value-map", "one of the local values of the value map at "
                    + rule.mappingPath() + ".values", coded ? raw : null));
            return FAILED;
        }
        if (rule.answerItem().isPresent()) {
            return answer(rule.answerItem().get(), value, raw, viaMap, table, row, out);
        }
        switch (t.kind()) {
            case CODE:
                return code(t.list().orElseThrow(), value, raw, viaMap, table, row, out);
            case CODES: {
                List<Object> codes = new ArrayList<>();
                for (String part : value.split(Pattern.quote(rule.separator()), -1)) {
                    if (part.isBlank()) {
                        continue;
                    }
                    String m = rule.values().get(MappingParser.key(part));
                    Object c = code(t.list().orElseThrow(), m != null ? m : part.trim(), part, m != null, table, row,
                            out);
                    if (c == FAILED) {
                        return FAILED;
                    }
                    codes.add(c);
                }
                return codes.isEmpty() ? null : List.copyOf(codes);
            }
            case IDENTIFIERS: {
                List<String> ids = new ArrayList<>();
                for (String part : value.split(Pattern.quote(rule.separator()), -1)) {
                    if (!part.isBlank()) {
                        ids.add(part.trim());
                    }
                }
                return ids.isEmpty() ? null : List.copyOf(ids);
            }
            case BOOLEAN: {
                Optional<Boolean> b = Cells.parseBoolean(value);
                if (b.isEmpty()) {
                    out.accept(issue(table, row, "boolean", "true, false, yes or no, or a local value of the "
                            + "value map at " + rule.mappingPath() + ".values", null));
                    return FAILED;
                }
                return b.get();
            }
            case INTEGER: {
                Optional<Integer> i = Cells.parseInteger(value);
                if (i.isEmpty()) {
                    out.accept(issue(table, row, "integer", "a whole number", null));
                    return FAILED;
                }
                return i.get();
            }
            case DATE: {
                boolean date1904 = table != null && table.date1904();
                Optional<LocalDate> d = numeric && !viaMap ? Cells.excelDate(value, date1904)
                        : Cells.parseDate(value, rule.dateFormats());
                if (d.isEmpty()) {
                    out.accept(issue(table, row, "date-format", numeric ? "a date cell" : "a date in one of the "
                            + "formats " + rule.datePatterns(), null));
                    return FAILED;
                }
                return d.get();
            }
            default:
                if (t == Target.NHS_NUMBER && !NhsNumber.isValid(value)) {
                    out.accept(issue(table, row, "nhs-number", "a 10-digit NHS number with a valid check digit",
                            null));
                    return FAILED;
                }
                return t == Target.NHS_NUMBER ? NhsNumber.of(value) : value;
        }
    }

    private Object code(CodeList<?> list, String value, String raw, boolean viaMap, Table table, Row row,
            Consumer<ImportIssue> out) {
        Optional<?> c = list.findByCode(value);
        if (c.isEmpty() && (viaMap || rule.sdkLookup())) {
            c = list.findByLabel(value);
        }
        if (c.isEmpty()) {
            out.accept(issue(table, row, "code-list:" + list.id(), "a code or SAC label of '" + list.id() + "'"
                    + (rule.values().isEmpty() ? "" : ", or a local value of the value map at "
                            + rule.mappingPath() + ".values"), raw));
            return FAILED;
        }
        return c.get();
    }

    /** A questionnaire answer: free text as it is, or a code of the item's scale (by code, or by label). */
    private Object answer(InstrumentItem item, String value, String raw, boolean viaMap, Table table, Row row,
            Consumer<ImportIssue> out) {
        if (item.isFreeText()) {
            return ItemAnswer.text(item.linkId(), value);
        }
        AnswerScale scale = item.scale().orElseThrow();
        Optional<AnswerOption> o = scaleOption(scale, value, viaMap || rule.sdkLookup());
        if (o.isEmpty()) {
            out.accept(issue(table, row, "answer-scale:" + scale.id(), "a code or label of the answer scale '"
                    + scale.id() + "' of item '" + item.linkId() + "': one of " + scale.codes()
                    + (rule.values().isEmpty() ? "" : ", or a local value of the value map at "
                            + rule.mappingPath() + ".values"), raw));
            return FAILED;
        }
        return ItemAnswer.coded(item.linkId(), o.get().code());
    }

    /** The scale's option with this code, or (when labels are allowed) this label, ignoring case and spaces. */
    static Optional<AnswerOption> scaleOption(AnswerScale scale, String value, boolean byLabel) {
        Optional<AnswerOption> o = scale.option(value.trim());
        if (o.isPresent() || !byLabel) {
            return o;
        }
        String k = normalise(value);
        return scale.options().stream().filter(x -> normalise(x.code()).equals(k) || normalise(x.label()).equals(k))
                .findFirst();
    }

    private static String normalise(String s) {
        return s.trim().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private String fieldPath() {
        return rule.answerItem().map(i -> "questionnaires[].answers[" + i.linkId() + "]."
                + (i.isFreeText() ? "text" : "code")).orElse(target().path());
    }

    private ImportIssue issue(Table table, Row row, String ruleName, String expected, String shown) {
        if (table == null) {
            // a constant or if-blank value, already checked when the mapping was read
            throw new MappingException("", rule.mappingPath(), "expected " + expected);
        }
        Optional<String> value = Optional.ofNullable(shown).map(String::trim).map(v -> v.length() <= MAX_VALUE_SHOWN
                ? v : v.substring(0, MAX_VALUE_SHOWN) + "...");
        return new ImportIssue(ImportIssue.Kind.CELL, table.file(), table.sheet(), row.number(),
                columnName(table), fieldPath(), ruleName, expected, value);
    }
}
