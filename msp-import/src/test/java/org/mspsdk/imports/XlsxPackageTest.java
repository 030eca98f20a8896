package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
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
        assertThatThrownBy(() -> XlsxPackage.open(file, ImportLimits.defaults())).hasMessage("no workbook part");
        Path half = dir.resolve("half.xlsx");
        Files.write(half, zip(Map.of("_rels/.rels", rels("xl/workbook.xml", "officeDocument"))));
        assertThatThrownBy(() -> XlsxPackage.open(half, ImportLimits.defaults()))
                .hasMessage("a part the package names is missing");
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
