/**
 * The SAC return as an {@code .xlsx} workbook ({@link org.mspsdk.returns.xlsx.SacWorkbook}): one sheet per
 * table in the SAC table layout, values only, ready to be pasted into the collection's template. Written with
 * Apache POI, which this module already uses to read workbooks, so the SDK carries one spreadsheet library.
 */
package org.mspsdk.returns.xlsx;
