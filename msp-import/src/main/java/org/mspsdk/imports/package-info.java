/**
 * Import: mapping a council's own CSV files and Excel workbooks onto the MSP record model. A declarative
 * {@link org.mspsdk.imports.Mapping} (YAML, documented field by field in {@code docs/import/MAPPING.md}) names
 * the sources, how child rows join to their record, which column feeds which field, value maps, date formats,
 * encodings, constants and what a blank means; the {@link org.mspsdk.imports.Importer} streams the rows into
 * {@link org.mspsdk.model.SafeguardingRecord}s and reports every cell it could not map as an
 * {@link org.mspsdk.imports.ImportIssue} (file, sheet, row, column, field path, rule, expected), never quoting
 * free text.
 */
package org.mspsdk.imports;
