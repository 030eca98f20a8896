package org.mspsdk.csv.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mspsdk.MspException;
import org.mspsdk.json.internal.SafeText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes one CSV file against its {@link CsvLayout}: a header row, then rows of text cells. Every header name and
 * every cell of a {@link CsvColumn.Source#DATA DATA} column goes through the spreadsheet formula guard
 * ({@link SafeText#spreadsheetCell(String)}: a leading {@code = + - @}, tab or carriage return gets a leading
 * apostrophe); quoting of commas, quotes and line breaks is Jackson CSV's. Not thread-safe.
 *
 * <pre>{@code
 * try (CsvTableWriter csv = CsvTableWriter.open(CsvLayouts.SAC_DATA_QUALITY, out, false)) {
 *     csv.row(List.of(code, affects, description, count, ids));
 * }
 * }</pre>
 */
public final class CsvTableWriter implements AutoCloseable {

    private static final CsvMapper MINIMAL = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvMapper CAUTIOUS = CsvMapper.builder().build();

    private final CsvLayout layout;
    private final boolean[] guarded;
    private final SequenceWriter sequence;
    private final Writer out;
    private final boolean closeTarget;

    private CsvTableWriter(CsvLayout layout, List<String> repeatedNames, Writer out, boolean closeTarget) {
        this.layout = layout;
        this.out = Objects.requireNonNull(out, "out");
        this.closeTarget = closeTarget;
        if (!repeatedNames.isEmpty() && layout.repeated().isEmpty()) {
            throw new IllegalArgumentException(layout.id() + " has no repeated column");
        }
        List<String> header = new ArrayList<>(layout.names());
        header.addAll(repeatedNames);
        guarded = new boolean[header.size()];
        for (int i = 0; i < guarded.length; i++) {
            guarded[i] = (i < layout.columns().size() ? layout.columns().get(i)
                    : layout.repeated().orElseThrow()).guarded();
        }
        CsvSchema.Builder schema = CsvSchema.builder();
        for (int i = 0; i < header.size(); i++) {
            schema.addColumn("c" + i);
        }
        try {
            CsvMapper mapper = layout.quoting() == CsvLayout.Quoting.MINIMAL ? MINIMAL : CAUTIOUS;
            ObjectWriter writer = mapper.writer(schema.build().withoutHeader());
            writer = closeTarget ? writer.with(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    : writer.without(StreamWriteFeature.AUTO_CLOSE_TARGET);
            sequence = writer.writeValues(out);
            sequence.write(header.stream().map(SafeText::spreadsheetCell).toList());
        } catch (JacksonException e) {
            throw failure("write the header of", e);
        }
    }

    /**
     * @param layout      the file's layout (fixed columns only)
     * @param out         where to write
     * @param closeTarget whether {@link #close()} closes {@code out} (otherwise it is only flushed)
     * @return a writer that has written the header row
     */
    public static CsvTableWriter open(CsvLayout layout, Writer out, boolean closeTarget) {
        return new CsvTableWriter(layout, List.of(), out, closeTarget);
    }

    /**
     * @param layout        the file's layout, with a repeated column
     * @param repeatedNames the header names of the repeated columns, after the fixed ones
     * @param out           where to write
     * @param closeTarget   whether {@link #close()} closes {@code out} (otherwise it is only flushed)
     * @return a writer that has written the header row
     */
    public static CsvTableWriter open(CsvLayout layout, List<String> repeatedNames, Writer out,
            boolean closeTarget) {
        return new CsvTableWriter(layout, List.copyOf(repeatedNames), out, closeTarget);
    }

    /**
     * Writes one row; {@code null} is written as an empty cell.
     *
     * @param cells one text per column, in header order
     * @throws IllegalArgumentException when the number of cells is not the number of columns
     * @throws MspException of kind {@link MspException.Kind#IO} when the output fails
     */
    public void row(List<String> cells) {
        if (cells.size() != guarded.length) {
            throw new IllegalArgumentException(layout.id() + " row has " + cells.size() + " cells for "
                    + guarded.length + " columns");
        }
        List<String> out = new ArrayList<>(cells.size());
        for (int i = 0; i < guarded.length; i++) {
            String v = cells.get(i) == null ? "" : cells.get(i);
            out.add(guarded[i] ? SafeText.spreadsheetCell(v) : v);
        }
        try {
            sequence.write(out);
        } catch (JacksonException e) {
            throw failure("write a row of", e);
        }
    }

    /** Flushes; closes the output when asked at opening. */
    @Override
    public void close() {
        try {
            sequence.close();
            if (!closeTarget) {
                out.flush();
            }
        } catch (JacksonException e) {
            throw failure("close", e);
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "cannot flush " + layout.id() + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private MspException failure(String what, JacksonException e) {
        return new MspException(MspException.Kind.IO, "cannot " + what + " " + layout.id() + " ("
                + e.getClass().getSimpleName() + ")", e);
    }
}
