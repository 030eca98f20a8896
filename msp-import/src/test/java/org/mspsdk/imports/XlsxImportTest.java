package org.mspsdk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.model.RiskItem;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

class XlsxImportTest {

    static final String MAPPING = """
            msp-mapping: 1
            sources:
              enquiries: {file: council.xlsx, sheet: Enquiries}
              risks: {file: council.xlsx, sheet: Risks}
            record:
              source: enquiries
              key: Ref
              fields:
                recordId: Ref
                adult.personId: Person
                concern.receivedOn: Received
                concern.raisedBy: {constant: family}
                enquiry.type: {constant: s42}
                enquiry.commencedOn: Received
                adult.ageAtConcern: Age
              lists:
                enquiry.riskItems:
                  - source: risks
                    key: Ref
                    fields:
                      type: Type
                      location: {constant: own-home}
                      source: {constant: known}
            """;

    /** A workbook with a date cell (a number with a date style), a number, text and a boolean. */
    static byte[] workbook(boolean formula) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet e = wb.createSheet("Enquiries");
            org.apache.poi.ss.usermodel.Row h = e.createRow(0);
            h.createCell(0).setCellValue("Ref");
            h.createCell(1).setCellValue("Person");
            h.createCell(2).setCellValue("Received");
            h.createCell(3).setCellValue("Age");
            org.apache.poi.ss.usermodel.Row r = e.createRow(1);
            r.createCell(0).setCellValue("A1");
            r.createCell(1).setCellValue("P1");
            r.createCell(2).setCellValue(LocalDate.of(2025, 7, 1));
            r.getCell(2).setCellStyle(date);
            if (formula) {
                r.createCell(3).setCellFormula("40+2");
            } else {
                r.createCell(3).setCellValue(84);
            }
            Sheet k = wb.createSheet("Risks");
            k.createRow(0).createCell(0).setCellValue("Ref");
            k.getRow(0).createCell(1).setCellValue("Type");
            k.createRow(1).createCell(0).setCellValue("A1");
            k.getRow(1).createCell(1).setCellValue("Financial or Material Abuse");
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Rewrites one part of a workbook's zip. */
    static byte[] rewrite(byte[] xlsx, String part, UnaryOperator<byte[]> change) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(part) ? change.apply(content) : content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void sheetsJoinAndDateSerialsAreReadFromAPoiWrittenWorkbook(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).bytes("council.xlsx", workbook(false)).run(MAPPING);
        assertThat(f.issues).isEmpty();
        assertThat(f.records).hasSize(1);
        assertThat(f.records.get(0).concern().receivedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(f.records.get(0).adult().ageAtConcern()).contains(84);
        assertThat(f.records.get(0).enquiry().orElseThrow().riskItems()).containsExactly(
                RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN));
        assertThat(f.imported.get(0).sheet()).contains("Enquiries");
    }

    @Test
    void aWorkbookInThe1904DateSystemIsReadInIt(@TempDir Path dir) throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            (wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                    : wb.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet e = wb.createSheet("Enquiries");
            String[] header = {"Ref", "Person", "Received", "Age"};
            org.apache.poi.ss.usermodel.Row h = e.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            org.apache.poi.ss.usermodel.Row r = e.createRow(1);
            r.createCell(0).setCellValue("A1");
            r.createCell(1).setCellValue("P1");
            r.createCell(2).setCellValue(LocalDate.of(2025, 7, 1)); // stored as 1904-system serial 44,377
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue(84);
            Sheet k = wb.createSheet("Risks");
            k.createRow(0).createCell(0).setCellValue("Ref");
            k.getRow(0).createCell(1).setCellValue("Type");
            wb.write(out);
            bytes = out.toByteArray();
        }
        Fixture f = new Fixture(dir).bytes("council.xlsx", bytes).run(MAPPING);
        assertThat(f.issues).isEmpty();
        // read in the 1900 system the same serial would be 30 June 2021 (1,462 days earlier)
        assertThat(f.records.get(0).concern().receivedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aFormulaCellIsRefusedNotTrusted(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).bytes("council.xlsx", workbook(true)).run(MAPPING);
        assertThat(f.records).isEmpty();
        assertThat(f.issues.get(0)).isEqualTo(new ImportIssue(ImportIssue.Kind.CELL, "council.xlsx",
                Optional.of("Enquiries"), 2, Optional.of("Age"), "adult.ageAtConcern", "formula",
                "a value, not a formula or an error cell (save the sheet with values only)", Optional.empty()));
    }

    @Test
    @Timeout(30)
    void aZipBombIsRefused(@TempDir Path dir) throws Exception {
        byte[] bomb = rewrite(workbook(false), "xl/worksheets/sheet1.xml", xml -> {
            String s = new String(xml, StandardCharsets.UTF_8);
            int at = s.indexOf("<sheetData>");
            return (s.substring(0, at) + " ".repeat(60_000_000) + s.substring(at)).getBytes(StandardCharsets.UTF_8);
        });
        Fixture f = new Fixture(dir).bytes("council.xlsx", bomb).run(MAPPING);
        assertThat(f.records).isEmpty();
        assertThat(f.issues).extracting(ImportIssue::expected).singleElement().asString()
                .startsWith("council.xlsx: refused: a part of the workbook inflates more than 100 times");
    }

    @Test
    void aBrokenWorkbookIsRefused(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir).bytes("council.xlsx", "not a zip at all".getBytes(StandardCharsets.US_ASCII))
                .run(MAPPING);
        assertThat(f.issues).extracting(ImportIssue::expected).singleElement().asString()
                .startsWith("council.xlsx: not a readable .xlsx workbook: it is not a zip package")
                .doesNotContain("Exception");
        assertThat(f.issues).extracting(ImportIssue::describe).singleElement().asString()
                .startsWith("council.xlsx: not a readable .xlsx workbook: it is not a zip package");
    }

    @Test
    void aBillionRowClaimCostsNothingAndRowsAreCapped(@TempDir Path dir) throws Exception {
        byte[] claim = rewrite(workbook(false), "xl/worksheets/sheet1.xml", xml -> {
            String s = new String(xml, StandardCharsets.UTF_8).replaceFirst("<dimension ref=\"[^\"]*\"/>",
                    "<dimension ref=\"A1:XFD1048576000\"/>");
            StringBuilder rows = new StringBuilder();
            for (int i = 3; i < 30; i++) {
                rows.append("<row r=\"").append(i * 1000).append("\"><c r=\"A").append(i * 1000)
                        .append("\" t=\"inlineStr\"><is><t>X</t></is></c></row>");
            }
            return s.replace("</sheetData>", rows + "</sheetData>").getBytes(StandardCharsets.UTF_8);
        });
        Fixture f = new Fixture(dir).bytes("council.xlsx", claim).run(MAPPING + "limits: {max-rows: 10}\n");
        assertThat(f.issues).extracting(ImportIssue::expected).last().isEqualTo(
                "council.xlsx [Enquiries]: row 11000: more than 10 rows (limits.max-rows); reading stopped");
    }

    @Test
    void aHugeInlineCellIsRefused(@TempDir Path dir) throws Exception {
        byte[] huge = rewrite(workbook(false), "xl/worksheets/sheet1.xml", xml -> new String(xml,
                StandardCharsets.UTF_8).replace("</sheetData>", "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>"
                        + "y".repeat(50_000) + "</t></is></c></row></sheetData>").getBytes(StandardCharsets.UTF_8));
        Fixture f = new Fixture(dir).bytes("council.xlsx", huge).run(MAPPING);
        assertThat(f.issues).extracting(ImportIssue::expected).containsExactly("council.xlsx [Enquiries]: row 3, "
                + "column 1: a cell longer than 32767 characters (limits.max-cell-chars); reading stopped");
        assertThat(f.records).hasSize(1);
        assertThat(List.of(f.summary.sourceFailed())).containsExactly(true);
    }
}
