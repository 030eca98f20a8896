package org.mspsdk.imports;

import java.util.Optional;

/**
 * Something the import could not do, located in the source: a cell that could not be mapped, a row that could
 * not become a record, a child row no record claimed, or a source that could not be read on. It never carries
 * the content of a free-text, identifier or date cell; only a coded cell's value is shown (cut to 40
 * characters), so the analyst can add it to the value map.
 *
 * @param kind      what went wrong
 * @param file      the file name
 * @param sheet     the sheet, for a workbook
 * @param row       the 1-based row number as a spreadsheet shows it (0 when the whole source is concerned)
 * @param column    the column name, where one cell is concerned
 * @param fieldPath the record field it was meant for, for example {@code enquiry.riskItems[].type}
 * @param rule      the rule or list that refused it: {@code code-list:sg2a-type-of-risk}, {@code value-map},
 *                  {@code answer-scale:msx-experience} (a questionnaire answer outside its item's scale),
 *                  {@code date-format}, {@code boolean}, {@code integer}, {@code nhs-number}, {@code blank},
 *                  {@code formula}, {@code required}, {@code structure}, {@code join}, {@code duplicate-key},
 *                  {@code source}
 * @param expected  what was expected, in words
 * @param value     the cell's value, only for a coded field
 */
public record ImportIssue(Kind kind, String file, Optional<String> sheet, long row, Optional<String> column,
        String fieldPath, String rule, String expected, Optional<String> value) {

    /** What kind of problem. */
    public enum Kind {
        /** A cell that could not be mapped onto its field. */
        CELL,
        /** A row that could not become a record (its cell problems, or a missing mandatory part). */
        ROW,
        /** A child row whose key matches no record. */
        ORPHAN_ROW,
        /** A source that could not be read on. */
        SOURCE
    }

    /** @return a one-line description, as the command-line tool prints it */
    public String describe() {
        if (kind == Kind.SOURCE && file.isEmpty()) {
            return expected; // the reader's own sentence, naming the file, sheet and row
        }
        StringBuilder b = new StringBuilder(file);
        sheet.ifPresent(s -> b.append(" [").append(s).append(']'));
        if (row > 0) {
            b.append(": row ").append(row);
        }
        column.ifPresent(c -> b.append(", column ").append(c));
        b.append(": ").append(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        if (!fieldPath.isEmpty()) {
            b.append(' ').append(fieldPath);
        }
        b.append(" (").append(rule).append(")");
        value.ifPresent(v -> b.append(": value '").append(v).append('\''));
        b.append(": expected ").append(expected);
        return b.toString();
    }

    @Override
    public String toString() {
        return "ImportIssue[" + describe() + "]";
    }
}
