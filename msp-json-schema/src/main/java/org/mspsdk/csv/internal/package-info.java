/**
 * The one path every CSV file of the SDK is written through. A file's columns are declared once, in
 * {@link org.mspsdk.csv.internal.CsvLayouts}, each with the {@link org.mspsdk.csv.internal.CsvColumn.Source source}
 * of its values: {@code DATA} (anything from a record, a caller-built value or a command-line option) or {@code SDK}
 * (a code, an SDK label, a number). {@link org.mspsdk.csv.internal.CsvTableWriter} writes rows against a layout and
 * applies the spreadsheet formula guard to every {@code DATA} cell and every header name, so a new column cannot
 * be written without a declared source and cannot skip the guard. Not part of the public API: it may change in
 * any release.
 */
package org.mspsdk.csv.internal;
