package org.mspsdk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One sheet of an {@code .xlsx} workbook, read as a stream: {@link XlsxPackage} opens the package (refusing zip
 * bombs by inflation ratio and part size), finds the sheet and reads the shared strings; the sheet's XML is then
 * pulled one row at a time with StAX (DTDs and external entities off), so memory does not grow with the number
 * of rows. The sheet's declared dimension is never trusted: only rows present are read, up to the row limit. A
 * formula cell is marked so the import refuses it rather than trusting a cached result; numbers are marked so a
 * date field reads them as Excel date serials, in the 1900 or the 1904 date system as the workbook declares.
 */
final class XlsxTable implements Table {

    private final String file;
    private final String sheetName;
    private final ImportLimits limits;
    private final XlsxPackage pkg;
    private final List<String> strings;
    private final InputStream sheetStream;
    private final XMLStreamReader xml;
    private final List<String> header;
    private final boolean date1904;
    private long rowsRead;

    XlsxTable(Path path, String file, SourceSpec spec, ImportLimits limits) throws SourceException {
        this.file = file;
        this.limits = limits;
        XlsxPackage opened = null;
        try {
            opened = XlsxPackage.open(path, limits);
            this.date1904 = opened.date1904();
            XlsxPackage.SheetPart chosen = null;
            for (XlsxPackage.SheetPart s : opened.sheets()) {
                if (spec.sheet().isEmpty() || spec.sheet().get().equalsIgnoreCase(s.name())) {
                    chosen = s;
                    break;
                }
            }
            if (chosen == null) {
                throw new SourceException(file + ": no sheet named as " + spec.mappingPath() + ".sheet says; the "
                        + "workbook has " + opened.sheets().size() + " sheets");
            }
            try {
                this.strings = opened.sharedStrings();
            } catch (XMLStreamException e) {
                throw opened.refusedAPart() ? new XlsxPackage.ZipBombException() : e;
            }
            this.sheetName = chosen.name();
            this.sheetStream = opened.part(chosen.part());
            this.xml = XlsxPackage.xml(sheetStream);
            this.pkg = opened;
        } catch (SourceException e) {
            closeQuietly(opened);
            throw e;
        } catch (Exception | LinkageError e) {
            closeQuietly(opened);
            throw unreadable(e);
        }
        List<String> names = null;
        for (int i = 1; i <= spec.headerRow(); i++) {
            Row r = next();
            if (r == null) {
                throw new SourceException(where(0) + ": no header row (the sheet is empty or shorter than "
                        + spec.headerRow() + " rows)");
            }
            if (r.number() > spec.headerRow()) {
                // an empty header row is not stored: the next row holds data, never to be read as column names
                throw new SourceException(where(0) + ": no header row (row " + spec.headerRow() + " is empty)");
            }
            if (r.number() == spec.headerRow()) {
                names = new ArrayList<>();
                for (int c = 0; c < r.width(); c++) {
                    names.add(r.cell(c).trim());
                }
                break;
            }
        }
        if (names == null) {
            throw new SourceException(where(0) + ": no header row (the sheet's row numbers do not reach row "
                    + spec.headerRow() + "; a broken workbook)");
        }
        this.header = List.copyOf(names);
    }

    /**
     * @return the names of a workbook's sheets, in workbook order
     * @throws SourceException when it is not a readable workbook
     */
    static List<String> sheetNames(Path path, String file, ImportLimits limits) throws SourceException {
        try (XlsxPackage opened = XlsxPackage.open(path, limits)) {
            return opened.sheets().stream().map(XlsxPackage.SheetPart::name).toList();
        } catch (Exception | LinkageError e) {
            throw unreadable(file, limits, e);
        }
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    private SourceException unreadable(Throwable e) {
        return unreadable(file, limits, e);
    }

    /** Says why a workbook cannot be read, in words, never quoting the library's message (it may hold data). */
    private static SourceException unreadable(String file, ImportLimits limits, Throwable e) {
        if (e instanceof XlsxPackage.ZipBombException) {
            return new SourceException(file + ": refused: a part of the workbook inflates more than "
                    + Math.round(1 / limits.minInflateRatio()) + " times or beyond " + limits.maxWorkbookEntry()
                    + " bytes (a zip bomb)");
        }
        String why;
        if (e instanceof java.util.zip.ZipException) {
            why = "it is not a zip package: an Excel 97-2003 .xls, a password-protected workbook or another file "
                    + "renamed? Save it from Excel as Excel Workbook (.xlsx)";
        } else if (e instanceof XlsxPackage.BrokenPackage) {
            why = e.getMessage() + "; save it again from Excel as Excel Workbook (.xlsx)";
        } else if (e instanceof javax.xml.stream.XMLStreamException) {
            why = "a part of it is not well-formed XML; save it again from Excel as Excel Workbook (.xlsx)";
        } else {
            why = "reading it failed (" + e.getClass().getSimpleName() + ")";
        }
        return new SourceException(file + ": not a readable .xlsx workbook: " + why);
    }

    private static void closeQuietly(XlsxPackage p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // closing only
            }
        }
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public Optional<String> sheet() {
        return Optional.ofNullable(sheetName);
    }

    @Override
    public List<String> header() {
        return header;
    }

    private String where(long row) {
        return file + " [" + sheetName + "]" + (row > 0 ? ": row " + row : "");
    }

    @Override
    public Row next() throws SourceException {
        try {
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return row();
                }
            }
            return null;
        } catch (SourceException e) {
            throw e;
        } catch (XMLStreamException | RuntimeException e) {
            if (pkg.refusedAPart()) {
                throw unreadable(new XlsxPackage.ZipBombException());
            }
            throw new SourceException(where(rowsRead + 1) + ": the sheet's XML is broken ("
                    + e.getClass().getSimpleName() + "); reading stopped");
        }
    }

    private Row row() throws XMLStreamException, SourceException {
        rowsRead++;
        long number = rowsRead;
        String r = xml.getAttributeValue(null, "r");
        if (r != null) {
            try {
                number = Long.parseLong(r);
            } catch (NumberFormatException e) {
                throw new SourceException(where(rowsRead) + ": a row number that is not a number");
            }
        }
        if (rowsRead > limits.maxRows()) {
            throw new SourceException(where(number) + ": more than " + limits.maxRows()
                    + " rows (limits.max-rows); reading stopped");
        }
        String[] cells = new String[8];
        byte[] flags = new byte[8];
        int width = 0;
        int nextColumn = 0;
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int col = ref == null ? nextColumn : column(ref, number);
                if (col >= limits.maxColumns()) {
                    throw new SourceException(where(number) + ": a cell beyond column " + limits.maxColumns()
                            + " (limits.max-columns)");
                }
                String type = xml.getAttributeValue(null, "t");
                byte flag = 0;
                String value = null;
                StringBuilder inline = null;
                int phonetic = 0;
                while (xml.hasNext()) {
                    int e = xml.next();
                    if (e == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                        break;
                    }
                    if (e == XMLStreamConstants.END_ELEMENT && "rPh".equals(xml.getLocalName())) {
                        phonetic--;
                    }
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "rPh" -> phonetic++;
                            case "f" -> {
                                flag |= Row.FORMULA;
                                text(number, col);
                            }
                            case "v" -> value = text(number, col);
                            case "t" -> {
                                if (inline == null) {
                                    inline = new StringBuilder();
                                }
                                String t = text(number, col);
                                if (phonetic == 0) {
                                    inline.append(t); // phonetic runs are a reading aid, not the cell's text
                                }
                                if (inline.length() > limits.maxCellChars()) {
                                    throw tooLong(number, col);
                                }
                            }
                            default -> {
                            }
                        }
                    }
                }
                String cell;
                if ("s".equals(type)) {
                    cell = sharedString(value, number, col);
                } else if ("inlineStr".equals(type)) {
                    cell = inline == null ? "" : XlsxPackage.unescape(inline.toString());
                } else if ("b".equals(type)) {
                    cell = "1".equals(value) ? "true" : "0".equals(value) ? "false" : "";
                } else if ("e".equals(type)) {
                    flag |= Row.ERROR;
                    cell = "";
                } else if ("str".equals(type)) {
                    cell = value == null ? "" : value;
                } else {
                    cell = value == null ? "" : integral(value);
                    if (value != null) {
                        flag |= Row.NUMERIC;
                    }
                }
                if (col >= cells.length) {
                    int size = Math.min(Math.max(col + 1, cells.length * 2), limits.maxColumns());
                    cells = Arrays.copyOf(cells, size);
                    flags = Arrays.copyOf(flags, size);
                }
                cells[col] = cell;
                flags[col] = flag;
                width = Math.max(width, col + 1);
                nextColumn = col + 1;
            }
        }
        return new Row(number, Arrays.copyOf(cells, width), Arrays.copyOf(flags, width));
    }

    /** A whole number stored as {@code 84.0} reads as {@code 84}; other numbers as written. */
    private static String integral(String number) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(number.trim());
            return d.signum() == 0 ? "0" : d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0
                    ? d.stripTrailingZeros().toPlainString() : number.trim();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private String sharedString(String index, long row, int col) throws SourceException {
        try {
            int i = Integer.parseInt(index == null ? "" : index.trim());
            String s = strings.get(i);
            if (s.length() > limits.maxCellChars()) {
                throw tooLong(row, col);
            }
            return s;
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new SourceException(where(row) + ", column " + (col + 1) + ": a shared-string reference that "
                    + "the workbook does not hold (a broken workbook)");
        }
    }

    /** Reads an element's text, refusing it past the cell limit without holding more than that. */
    private String text(long row, int col) throws XMLStreamException, SourceException {
        StringBuilder b = new StringBuilder();
        while (xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                if (b.length() + xml.getTextLength() > limits.maxCellChars()) {
                    throw tooLong(row, col);
                }
                b.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                throw new SourceException(where(row) + ", column " + (col + 1) + ": unexpected markup in a cell");
            }
        }
        return b.toString();
    }

    private SourceException tooLong(long row, int col) {
        return new SourceException(where(row) + ", column " + (col + 1) + ": a cell longer than "
                + limits.maxCellChars() + " characters (limits.max-cell-chars); reading stopped");
    }

    private int column(String ref, long row) throws SourceException {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (col > 16_384) {
                break;
            }
        }
        if (i == 0 || col > 16_384) {
            throw new SourceException(where(row) + ": a cell reference that is not a column (a broken workbook)");
        }
        return col - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing only
        }
        sheetStream.close();
        pkg.close();
    }
}
