package org.mspsdk.returns.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A values-only {@code .xlsx} writer (SpreadsheetML, ECMA-376): sheets of text and whole-number cells, no styles,
 * no formulas, no shared strings (text is written inline). That is all a table of counts needs, so the JDK's zip
 * is enough: Apache POI and fastexcel would each put a jar without a module name on the module path (POI's
 * commons-math3, fastexcel's opczip), which the compiler warns about in every module that reads this one.
 */
final class XlsxWriter {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** One sheet: its rows by number (0-based), each a map of column (0-based) to a cell. */
    static final class Sheet {
        private final String name;
        private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();

        private Sheet(String name) {
            this.name = name;
        }

        /** Puts a text cell. */
        void text(int row, int col, String text) {
            rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, "<c r=\"" + ref(row, col)
                    + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>");
        }

        /** Puts a whole-number cell. */
        void number(int row, int col, long value) {
            rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, "<c r=\"" + ref(row, col) + "\"><v>" + value
                    + "</v></c>");
        }

        private String xml() {
            StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                    .append("<worksheet xmlns=\"").append(MAIN).append("\"><sheetData>");
            rows.forEach((r, cells) -> {
                b.append("<row r=\"").append(r + 1).append("\">");
                cells.values().forEach(b::append);
                b.append("</row>");
            });
            return b.append("</sheetData></worksheet>").toString();
        }
    }

    private final List<Sheet> sheets = new ArrayList<>();

    /**
     * @param name the sheet's name (at most 31 characters, none of {@code []:*?/\})
     * @return the new sheet, after the others
     */
    Sheet sheet(String name) {
        if (name.isEmpty() || name.length() > 31 || name.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a sheet name Excel accepts");
        }
        Sheet s = new Sheet(name);
        sheets.add(s);
        return s;
    }

    /** Writes the package; the stream is finished, not closed. */
    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>");
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
        StringBuilder bookRels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"" + PKG_REL + "\">");
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.append("<sheet name=\"").append(escape(sheets.get(i - 1).name)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            bookRels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        put(zip, "[Content_Types].xml", types.append("</Types>").toString());
        put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" "
                + "Target=\"xl/workbook.xml\"/></Relationships>");
        put(zip, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
        put(zip, "xl/_rels/workbook.xml.rels", bookRels.append("</Relationships>").toString());
        for (int i = 1; i <= sheets.size(); i++) {
            put(zip, "xl/worksheets/sheet" + i + ".xml", sheets.get(i - 1).xml());
        }
        zip.finish();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A1-style reference of a 0-based row and column. */
    static String ref(int row, int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row + 1).toString();
    }

    /** XML text: the five escapes, and control characters XML 1.0 cannot hold refused. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        throw new IllegalArgumentException("a control character XML cannot hold");
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
