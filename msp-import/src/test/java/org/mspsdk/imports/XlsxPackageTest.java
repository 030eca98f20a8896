package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package reader against workbooks written by Apache POI and by hand, and Excel's date serials. */
class XlsxPackageTest {

    @Test
    void sheetsComeInWorkbookOrderWithTheirPartsAndSharedStringsJoinRunsWithoutPhonetics(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("w.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Second first");
            wb.createSheet("Enquiries").createRow(0).createCell(0).setCellValue("plain");
            XSSFRichTextString rich = new XSSFRichTextString("bold and plain");
            rich.applyFont(0, 4, wb.createFont());
            wb.getSheet("Enquiries").getRow(0).createCell(1).setCellValue(rich);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (XlsxPackage p = XlsxPackage.open(file, ImportLimits.defaults())) {
            assertThat(p.sheets()).extracting(XlsxPackage.SheetPart::name).containsExactly("Second first",
                    "Enquiries");
            assertThat(p.sheets().get(1).part()).isEqualTo("xl/worksheets/sheet2.xml");
            assertThat(p.sharedStrings()).containsExactly("plain", "bold and plain");
            assertThat(p.date1904()).isFalse();
        }
    }

    @Test
    void absoluteAndRelativeTargetsAndPhoneticRunsOfAHandWrittenPackage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hand.xlsx");
        Files.write(file, zip(Map.of(
                "_rels/.rels", rels("/book/main.xml", "officeDocument"),
                "book/_rels/main.xml.rels", rels("../sheets/one.xml", "worksheet").replace("</Relationships>",
                        "<Relationship Id=\"rId2\" Type=\"http://x/relationships/sharedStrings\" "
                                + "Target=\"/book/strings.xml\"/></Relationships>"),
                "book/main.xml", "<workbook xmlns=\"x\" xmlns:r=\"http://x/relationships\"><workbookPr "
                        + "date1904=\"true\"/><sheets><sheet name=\"Only\" r:id=\"rId1\"/></sheets></workbook>",
                "book/strings.xml", "<sst xmlns=\"x\"><si><r><t>Kan</t></r><rPh><t>kana</t></rPh><r><t>ji</t></r>"
                        + "</si><si><t/></si></sst>",
                "sheets/one.xml", "<worksheet xmlns=\"x\"><sheetData/></worksheet>")));
        try (XlsxPackage p = XlsxPackage.open(file, ImportLimits.defaults())) {
            assertThat(p.sheets()).containsExactly(new XlsxPackage.SheetPart("Only", "sheets/one.xml"));
            assertThat(p.sharedStrings()).containsExactly("Kanji", "");
            assertThat(p.date1904()).isTrue();
            try (InputStream in = p.part("sheets/one.xml")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("sheetData");
            }
        }
    }

    @Test
    void aPackageWithoutAWorkbookOrAMissingPartIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.xlsx");
        Files.write(file, zip(Map.of("readme.txt", "no package here")));
        assertThatThrownBy(() -> XlsxPackage.open(file, ImportLimits.defaults()))
                .hasMessage("it has no workbook part");
        Path half = dir.resolve("half.xlsx");
        Files.write(half, zip(Map.of("_rels/.rels", rels("xl/workbook.xml", "officeDocument"))));
        assertThatThrownBy(() -> XlsxPackage.open(half, ImportLimits.defaults()))
                .hasMessage("a part it names is missing");
    }

    @Test
    void aPartPastTheSizeLimitIsRefusedAsItInflatesWhateverItsRatio(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.xlsx");
        StringBuilder noise = new StringBuilder("<worksheet><sheetData>");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            noise.append("<!--").append(Long.toHexString(random.nextLong())).append("-->");
        }
        Files.write(file, zip(Map.of("_rels/.rels", rels("w.xml", "officeDocument"),
                "w.xml", noise + "</sheetData></worksheet>")));
        ImportLimits small = new ImportLimits(10, 100, 100, 10, 10, 200_000, 0.01);
        assertThatThrownBy(() -> XlsxPackage.open(file, small)).isInstanceOf(XlsxPackage.ZipBombException.class);
    }

    @Test
    void dateSerialsMatchApachePoiInBothDateSystemsAndDropTheTimeOfDay() {
        for (double serial : new double[] {1, 2, 59, 60, 61, 62, 366, 25_569, 36_526, 45_839, 2_958_465}) {
            for (boolean in1904 : new boolean[] {false, true}) {
                if (in1904 && serial > 2_957_003) {
                    continue; // past 9999 in the 1904 system
                }
                assertThat(Cells.excelDate(Double.toString(serial), in1904)).as("serial %s, 1904 %s", serial, in1904)
                        .contains(DateUtil.getLocalDateTime(serial, in1904).toLocalDate());
            }
        }
        assertThat(Cells.excelDate("45839", false)).contains(LocalDate.of(2025, 7, 1));
        assertThat(Cells.excelDate("45839.75", false)).contains(LocalDate.of(2025, 7, 1));
        assertThat(Cells.excelDate("44377", true)).contains(LocalDate.of(2025, 7, 1));
        assertThat(Cells.excelDate("59", false)).contains(LocalDate.of(1900, 2, 28));
        // Excel's 29 February 1900 does not exist; read as POI reads it, 1 March
        assertThat(Cells.excelDate("60", false)).contains(LocalDate.of(1900, 3, 1));
        assertThat(Cells.excelDate("0", false)).isEmpty();
        assertThat(Cells.excelDate("-3", false)).isEmpty();
        assertThat(Cells.excelDate("2958466", false)).isEmpty();
        assertThat(Cells.excelDate("NaN", false)).isEmpty();
        assertThat(Cells.excelDate("a date", false)).isEmpty();
    }

    @Test
    void aCentralDirectoryClaimingAHugeStoredSizeDoesNotLiftTheRatioGuard(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("liar.xlsx");
        String sheet = "<worksheet><sheetData>" + "<row><c><v>1</v></c></row>".repeat(200_000)
                + "</sheetData></worksheet>";
        byte[] bytes = zip(Map.of("_rels/.rels", rels("w.xml", "officeDocument"), "w.xml",
                "<workbook/>", "s.xml", sheet));
        claimStoredSize(bytes, "s.xml", 0x7FFF_FFF0);
        Files.write(file, bytes);
        try (XlsxPackage p = XlsxPackage.open(file, ImportLimits.defaults()); InputStream in = p.part("s.xml")) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(XlsxPackage.ZipBombException.class);
        }
    }

    @Test
    void escapesAreDecodedInSharedAndInlineStringsAndPhoneticRunsLeftOutOfInlineStrings(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("escapes.xlsx");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", rels("w.xml", "officeDocument"));
        parts.put("_rels/w.xml.rels", rels("s.xml", "worksheet").replace("</Relationships>",
                "<Relationship Id=\"rId2\" Type=\"http://x/relationships/sharedStrings\" Target=\"t.xml\"/>"
                        + "</Relationships>"));
        parts.put("w.xml", "<workbook xmlns:r=\"http://x/relationships\"><sheets><sheet name=\"S\" r:id=\"rId1\"/>"
                + "</sheets></workbook>");
        parts.put("t.xml", "<sst><si><t>one_x000D_\ntwo</t></si><si><t>typed _x005F_x0041_ as is</t></si>"
                + "<si><t>_x00zz_ _x41_</t></si></sst>");
        parts.put("s.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                + "t=\"inlineStr\"><is><r><t>Kan</t></r><rPh><t>kana</t></rPh><r><t>ji_x000D_</t></r></is></c>"
                + "</row></sheetData></worksheet>");
        Files.write(file, zip(parts));
        try (XlsxPackage p = XlsxPackage.open(file, ImportLimits.defaults())) {
            assertThat(p.sharedStrings()).containsExactly("one\r\ntwo", "typed _x0041_ as is", "_x00zz_ _x41_");
        }
        SourceSpec spec = new SourceSpec("s", "escapes.xlsx", Optional.empty(), StandardCharsets.UTF_8, ',', 1,
                "sources.s");
        try (XlsxTable t = new XlsxTable(file, "escapes.xlsx", spec, ImportLimits.defaults())) {
            assertThat(t.header()).containsExactly("one\r\ntwo", "Kanji");
        }
    }

    @Test
    void rowNumbersThatNeverReachTheHeaderRowAreABrokenWorkbookNotACrash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rows.xlsx");
        Files.write(file, zip(Map.of("_rels/.rels", rels("w.xml", "officeDocument"),
                "_rels/w.xml.rels", rels("s.xml", "worksheet"),
                "w.xml", "<workbook xmlns:r=\"http://x/relationships\"><sheets><sheet name=\"S\" r:id=\"rId1\"/>"
                        + "</sheets></workbook>",
                "s.xml", "<worksheet><sheetData><row r=\"1\"/><row r=\"1\"/><row r=\"1\"/></sheetData></worksheet>")));
        SourceSpec spec = new SourceSpec("s", "rows.xlsx", Optional.empty(), StandardCharsets.UTF_8, ',', 3,
                "sources.s");
        assertThatThrownBy(() -> new XlsxTable(file, "rows.xlsx", spec, ImportLimits.defaults()))
                .isInstanceOf(SourceException.class).hasMessageContaining("no header row");
    }

    @Test
    void aDataRowIsNeverTakenForAMissingHeaderRow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gap.xlsx");
        Files.write(file, zip(Map.of("_rels/.rels", rels("w.xml", "officeDocument"),
                "_rels/w.xml.rels", rels("s.xml", "worksheet"),
                "w.xml", "<workbook xmlns:r=\"http://x/relationships\"><sheets><sheet name=\"S\" r:id=\"rId1\"/>"
                        + "</sheets></workbook>",
                "s.xml", "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>Title</t></is></c></row>"
                        + "<row r=\"5\"><c t=\"inlineStr\"><is><t>CANARY-PERSON</t></is></c></row></sheetData>"
                        + "</worksheet>")));
        SourceSpec spec = new SourceSpec("s", "gap.xlsx", Optional.empty(), StandardCharsets.UTF_8, ',', 2,
                "sources.s");
        assertThatThrownBy(() -> new XlsxTable(file, "gap.xlsx", spec, ImportLimits.defaults()))
                .isInstanceOf(SourceException.class).hasMessageContaining("row 2 is empty")
                .message().doesNotContain("CANARY");
    }

    @Test
    void theEndsOfThe1904DateSystem() {
        assertThat(Cells.excelDate("0", true)).contains(LocalDate.of(1904, 1, 1));
        assertThat(Cells.excelDate("2957003", true)).contains(LocalDate.of(9999, 12, 31));
        assertThat(Cells.excelDate("2957004", true)).isEmpty();
        assertThat(Cells.excelDate("2958465", true)).isEmpty();
        assertThat(Cells.excelDate("-1", true)).isEmpty();
    }

    /** Rewrites the compressed size the central directory gives for one entry. */
    private static void claimStoredSize(byte[] zip, String name, int size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + n.length <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && ((zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8) == n.length
                    && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + n.length), n)) {
                ByteBuffer.wrap(zip, i + 20, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(size);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }

    private static String rels(String target, String kind) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                + "Id=\"rId1\" Type=\"http://x/relationships/" + kind + "\" Target=\"" + target + "\"/>"
                + "</Relationships>";
    }

    private static byte[] zip(Map<String, String> parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
