package org.mspsdk.examples;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the fictional workbook of the second import example, {@code imports/workbook/council-b.xlsx}: a case
 * system's extract with enquiries, risks, the outcomes the person wanted and the agreed outcomes on four sheets,
 * dates as date cells, most coded columns as SAC labels, capacity as local codes, and free-text columns holding
 * canary strings. The committed workbook was made by this class; run it again only to change the example (then
 * hand-check {@code expected.jsonl} against it, which is written by hand, not by the importer).
 *
 * <pre>{@code
 * java ... org.mspsdk.examples.WorkbookExampleGenerator msp-examples/src/test/resources/org/mspsdk/examples/imports/workbook/council-b.xlsx
 * }</pre>
 */
final class WorkbookExampleGenerator {

    private WorkbookExampleGenerator() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]));
    }

    static void write(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet e = wb.createSheet("Enquiries");
            rows(e, date, new Object[][] {
                {"Enquiry ID", "Person ID", "Date of Birth", "Gender", "Ethnicity", "Primary Support Reason",
                    "Concern Received", "Concern Source", "Concern Outcome", "Enquiry Type", "Enquiry Start",
                    "Enquiry End", "Action and Result", "Risk Outcome", "Lacked Capacity", "Capacity Support",
                    "Asked About Outcomes",
                    "Outcomes Achieved", "Case Notes"},
                {"B-2001", "P-501", d(1938, 4, 12), "Female", "White", "Support with Memory and Cognition",
                    d(2025, 5, 6), "Family, friend or neighbour", "Section 42 enquiry", "Section 42 Enquiry",
                    d(2025, 5, 7), d(2025, 7, 18), "Risk identified and action taken", "Risk reduced", "N", null,
                    "Yes they were asked and outcomes were expressed", "Partially Achieved",
                    "CANARY-B1 son visits daily"},
                {"B-2002", "P-502", d(1952, 9, 30), "Male", "Asian / Asian British", "Physical Support",
                    d(2025, 6, 11), "Care provider", "Section 42 enquiry", "Section 42 Enquiry", d(2025, 6, 12),
                    d(2025, 9, 1), "Risk identified and action taken", "Risk removed", "Y", "Yes",
                    "Yes they were asked and outcomes were expressed", "Fully Achieved", "CANARY-B2 moved rooms"},
                {"B-2003", "P-503", d(1947, 1, 15), "Female", "Black / African / Caribbean / Black British",
                    "Mental Health Support", d(2025, 8, 20), "Self", "Other enquiry", "Other Enquiry",
                    d(2025, 8, 21), d(2025, 10, 10), "No risk identified and no action taken", null, "N", null,
                    "Yes they were asked but no outcomes were expressed", null, null},
                {"B-2004", "P-504", d(1960, 12, 2), "Male", "Undeclared / Not Known", "Learning Disability Support",
                    d(2025, 11, 3), "Police", "No enquiry", null, null, null, null, null, null, null, null, null,
                    "CANARY-B4 advice given"},
                {"B-2005", "P-501", d(1938, 4, 12), "Female", "White", "Support with Memory and Cognition",
                    d(2026, 1, 9), "NHS", "Section 42 enquiry", "Section 42 Enquiry", d(2026, 1, 12), null, null,
                    null, "DK", null, "Yes they were asked and outcomes were expressed", null, null},
            });
            Sheet r = wb.createSheet("Risks");
            rows(r, date, new Object[][] {
                {"Enquiry ID", "Type of Risk", "Location of Risk", "Source of Risk", "Detail"},
                {"B-2001", "Financial or Material Abuse", "Own Home", "Other - Known to individual",
                    "CANARY-R1 pension"},
                {"B-2001", "Psychological Abuse", "Own Home", "Other - Known to individual", null},
                {"B-2002", "Neglect and Acts of Omission", "Care Home - Nursing", "Service Provider", null},
                {"B-2003", "Self-Neglect", "Own Home", "Other - Known to individual", null},
                {"B-2005", "Physical Abuse", "In the Community (excluding community services)",
                    "Other - Unknown to individual", "CANARY-R5 at the shops"},
            });
            Sheet o = wb.createSheet("Outcomes");
            rows(o, date, new Object[][] {
                {"Enquiry ID", "Outcome Ref", "What the person wants", "Expressed By", "Expressed On", "Stage"},
                {"B-2001", "D1", "CANARY-O1 I want my money under my control", "The adult", d(2025, 5, 7),
                    "At the start of the enquiry"},
                {"B-2001", "D2", "To stay living at home", "The adult", d(2025, 5, 7), "At the start of the enquiry"},
                {"B-2002", "D1", "To be somewhere safe", "The adult", d(2025, 6, 12), "At the start of the enquiry"},
                {"B-2005", "D1", "Feel safe walking to the shops", "The adult", d(2026, 1, 12),
                    "At the start of the enquiry"},
            });
            Sheet a = wb.createSheet("Agreed Outcomes");
            rows(a, date, new Object[][] {
                {"Enquiry ID", "Agreed Ref", "For Outcome", "Agreed Outcome", "Agreed On", "Change Reason", "Achieved",
                    "Judged By", "Rated On"},
                {"B-2001", "N1", "D1", "CANARY-N1 Manage my own bank account again", d(2025, 5, 14),
                    "The person changed their mind", "Partially Achieved", "The adult", d(2025, 7, 18)},
                {"B-2002", "N1", "D1", "Move to a different care home", d(2025, 6, 20), "Unrealistic or impossible",
                    "Fully Achieved", "The adult", d(2025, 9, 1)},
                {"B-2005", "N1", "D1", "Walk to the shops with a friend", d(2026, 1, 20), "Other", null, null, null},
            });
            wb.write(out);
        }
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static void rows(Sheet sheet, CellStyle date, Object[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != rows[0].length) {
                throw new IllegalStateException(sheet.getSheetName() + " row " + (i + 1) + " has " + rows[i].length
                        + " cells, the header " + rows[0].length);
            }
            Row row = sheet.createRow(i);
            for (int c = 0; c < rows[i].length; c++) {
                Object v = rows[i][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof LocalDate ld) {
                    cell.setCellValue(ld);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue((String) v);
                }
            }
        }
    }
}
