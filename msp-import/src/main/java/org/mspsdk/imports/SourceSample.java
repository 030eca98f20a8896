package org.mspsdk.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first rows of one CSV file or one sheet, summarised column by column for {@link MappingInit}: how many
 * cells are filled, up to {@value #MAX_DISTINCT} distinct values, whether the cells are numbers (workbook date
 * serials), and which "not recorded" words ({@code NULL}, {@code n/a}) appear. Values stay in memory only; what is
 * printed of them is decided by the caller, for coded fields only.
 */
final class SourceSample {

    /** Rows read from each source to guess from. */
    static final int MAX_ROWS = 10_000;
    /** Distinct values kept per column; a column with more is not taken for a coded one. */
    static final int MAX_DISTINCT = 200;
    /** Cell values taken to mean "not recorded". */
    static final Set<String> NULL_WORDS = Set.of("null", "n/a", "#n/a", "-");

    final String name;
    final String file;
    final Optional<String> sheet;
    final Charset encoding;
    final char delimiter;
    final List<Column> columns = new ArrayList<>();
    final java.util.LinkedHashSet<String> nullWords = new java.util.LinkedHashSet<>();
    long rows;

    /** One column's summary. */
    static final class Column {
        final int index;
        final String header;
        long filled;
        boolean numeric = true;
        boolean overflow;
        final Map<String, String> distinct = new LinkedHashMap<>();

        Column(int index, String header) {
            this.index = index;
            this.header = header;
        }

        List<String> values() {
            return List.copyOf(distinct.values());
        }
    }

    private SourceSample(String name, String file, Optional<String> sheet, Charset encoding, char delimiter) {
        this.name = name;
        this.file = file;
        this.sheet = sheet;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    /** Samples every sheet of a workbook, or a CSV file (its encoding and delimiter guessed). */
    static List<SourceSample> of(Path path, ImportLimits limits) throws SourceException {
        String file = String.valueOf(path.getFileName());
        List<SourceSample> out = new ArrayList<>();
        if (file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            for (String sheet : XlsxTable.sheetNames(path, file, limits)) {
                SourceSpec spec = new SourceSpec(sheet, file, Optional.of(sheet), StandardCharsets.UTF_8, ',', 1,
                        "sources." + sheet);
                SourceSample s = new SourceSample(sheet, file, Optional.of(sheet), StandardCharsets.UTF_8, ',');
                try (Table t = new XlsxTable(path, file, spec, limits)) {
                    s.read(t);
                } catch (SourceException e) {
                    if (e.getMessage().contains("no header row")) {
                        continue; // an empty sheet
                    }
                    throw e;
                } catch (IOException e) {
                    throw new SourceException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                }
                out.add(s);
            }
            return out;
        }
        char delimiter = delimiter(path, file);
        String name = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        SourceException first = null;
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            SourceSpec spec = new SourceSpec(name, file, Optional.empty(), cs, delimiter, 1, "sources." + name);
            SourceSample s = new SourceSample(name, file, Optional.empty(), cs, delimiter);
            try (Table t = new CsvTable(path, file, spec, limits)) {
                s.read(t);
                out.add(s);
                return out;
            } catch (SourceException e) {
                if (first == null) {
                    first = e;
                }
                if (!e.getMessage().contains("encoding")) {
                    throw e;
                }
            } catch (IOException e) {
                throw new SourceException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        throw first;
    }

    private void read(Table t) throws SourceException {
        for (int c = 0; c < t.header().size(); c++) {
            columns.add(new Column(c, t.header().get(c)));
        }
        for (Row row = t.next(); row != null && rows < MAX_ROWS; row = t.next()) {
            rows++;
            for (Column c : columns) {
                String v = row.cell(c.index).trim();
                if (v.isEmpty()) {
                    continue;
                }
                if (NULL_WORDS.contains(v.toLowerCase(Locale.ROOT))) {
                    nullWords.add(v);
                    continue;
                }
                c.filled++;
                c.numeric &= row.has(c.index, Row.NUMERIC);
                if (c.distinct.size() < MAX_DISTINCT) {
                    c.distinct.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
                } else if (!c.distinct.containsKey(v.toLowerCase(Locale.ROOT))) {
                    c.overflow = true;
                }
            }
        }
    }

    /** The delimiter of a CSV file: whichever of comma, semicolon and tab its first line has most of. */
    private static char delimiter(Path path, String file) throws SourceException {
        byte[] head;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            head = in.readNBytes(65_536);
        } catch (IOException e) {
            throw new SourceException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        for (byte b : head) {
            if (b == '\n' || b == '\r') {
                break;
            }
            comma += b == ',' ? 1 : 0;
            semicolon += b == ';' ? 1 : 0;
            tab += b == '\t' ? 1 : 0;
        }
        return tab > comma && tab > semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }
}
