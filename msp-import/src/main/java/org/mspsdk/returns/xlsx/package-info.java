/**
 * The SAC return as an {@code .xlsx} workbook ({@link org.mspsdk.returns.xlsx.SacWorkbook}): one sheet per
 * table in the SAC table layout, values only, ready to be pasted into the collection's template. Written with the
 * JDK's zip alone (values-only SpreadsheetML), as the module's workbook reader reads with the JDK alone.
 */
package org.mspsdk.returns.xlsx;
