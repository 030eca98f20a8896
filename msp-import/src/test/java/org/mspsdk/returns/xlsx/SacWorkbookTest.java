package org.mspsdk.returns.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingAdultsReview;
import org.mspsdk.model.SarRegister;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/** The workbook read back cell by cell against the return. */
class SacWorkbookTest {

    private static SacReturn sac;

    @BeforeAll
    static void aReturn() {
        sac = new SyntheticDataGenerator(4).stream(2_000).collect(SacTally.collector(SacSettings.of(
                ReportingYear.of(2025)).withReviews(SarRegister.of(SafeguardingAdultsReview.completed("SAR-1",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1), 2, 1)))));
    }

    private static XSSFWorkbook written(ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SacWorkbook.write(sac, options, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Cell c) {
        return c.getStringCellValue();
    }

    @Test
    void everySheetIsATableAndEveryOneWayCellReadsBackExactly() throws Exception {
        try (XSSFWorkbook book = written(ExportOptions.defaults())) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("SG1a", "SG1b", "SG1c", "SG1d", "SG1e", "SG1f", "SG2a", "SG2b",
                    "SG2a_b1", "SG2c", "SG2e", "SG3a", "SG4a", "SG5a", "SG5b");
            int checked = 0;
            for (SacTable table : SacTable.values()) {
                if (table.shape().kind() != TableShape.Kind.ONE_WAY) {
                    continue;
                }
                Sheet sheet = book.getSheet(table.reference());
                Row header = sheet.getRow(0);
                assertThat(text(header.getCell(0))).isEqualTo("SUBCATEGORY");
                for (int c = 1; c < header.getLastCellNum(); c++) {
                    Population p = Population.fromEnquiryType(text(header.getCell(c)));
                    List<TableShape.Labels> labels = table.shape().labels(p);
                    List<TableShape.Labels> shown = labels.stream()
                            .filter(l -> !(table == SacTable.SG1A && l.subcategory().equals(AgeBand.UNKNOWN.label())))
                            .toList();
                    assertThat(sheet.getLastRowNum()).isEqualTo(shown.size());
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        TableShape.Labels l = shown.get(r - 1);
                        Cell cell = sheet.getRow(r).getCell(c);
                        assertThat(text(sheet.getRow(r).getCell(0))).isEqualTo(l.subcategory());
                        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat((long) cell.getNumericCellValue()).isEqualTo(sac.value(table, p.enquiryType(),
                                l.category(), l.subcategory()));
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    @Test
    void sg1fIsOneRowPerTotal() throws Exception {
        try (XSSFWorkbook book = written(ExportOptions.defaults())) {
            Sheet sheet = book.getSheet("SG1f");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(text(sheet.getRow(2).getCell(0))).isEqualTo("Total Number of Section 42 Safeguarding Enquiries");
            assertThat((long) sheet.getRow(2).getCell(1).getNumericCellValue())
                    .isEqualTo(sac.total(Population.S42_ENQUIRIES));
        }
    }

    @Test
    void aCrossTabulationIsABlockPerPopulationWithRowAndColumnLabels() throws Exception {
        try (XSSFWorkbook book = written(ExportOptions.defaults())) {
            Sheet sheet = book.getSheet("SG2a_b1");
            String c = Population.CONCLUDED_S42.enquiryType();
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo(c);
            Row header = sheet.getRow(1);
            assertThat(text(header.getCell(0))).isEqualTo("Type of Risk by Location of Risk");
            List<TableShape.Labels> labels = SacTable.SG2A_B1.shape().labels(Population.CONCLUDED_S42);
            int columns = header.getLastCellNum() - 1;
            assertThat(columns).isEqualTo(9);
            for (int i = 0; i < labels.size(); i++) {
                Row row = sheet.getRow(2 + i / columns);
                assertThat(text(row.getCell(0))).isEqualTo(labels.get(i).category());
                assertThat(text(header.getCell(1 + i % columns))).isEqualTo(labels.get(i).subcategory());
                assertThat((long) row.getCell(1 + i % columns).getNumericCellValue()).isEqualTo(sac.value(
                        SacTable.SG2A_B1, c, labels.get(i).category(), labels.get(i).subcategory()));
            }
            assertThat(sheet.getLastRowNum()).as("no Concluded Other Enquiries block").isEqualTo(1 + 11);
        }
    }

    @Test
    void underDisclosureControlSmallCountsAreTextMarkersAndTheRestRoundedNumbers() throws Exception {
        try (XSSFWorkbook book = written(ExportOptions.defaults().withDisclosureControl(true))) {
            Sheet sg5b = book.getSheet("SG5b");
            assertThat(text(sg5b.getRow(1).getCell(1))).isEqualTo("[c]"); // 2 died
            assertThat(text(sg5b.getRow(2).getCell(1))).isEqualTo("[c]"); // 1 survived
            Sheet sg1f = book.getSheet("SG1f");
            for (Row row : sg1f) {
                for (Cell cell : row) {
                    if (cell.getColumnIndex() > 0 && row.getRowNum() > 0 && cell.getCellType() == CellType.NUMERIC) {
                        assertThat((long) cell.getNumericCellValue() % 5).isZero();
                    }
                }
            }
        }
    }

    @Test
    void noCellIsAFormula() throws Exception {
        try (XSSFWorkbook book = written(ExportOptions.defaults())) {
            for (Sheet s : book) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }
}
