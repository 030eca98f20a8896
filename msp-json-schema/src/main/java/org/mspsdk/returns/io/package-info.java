/**
 * Writers for the SAC return ({@link org.mspsdk.returns.SacReturn}): {@link org.mspsdk.returns.io.SacCsv} writes the
 * published SAC long layout, a plain per-table grid, the board breakdowns and the data-quality report as CSV
 * (Jackson CSV: quoting, embedded commas and newlines handled by the library); {@link
 * org.mspsdk.returns.io.SacJson} writes the whole return as one JSON document. Disclosure control is an
 * {@link org.mspsdk.returns.ExportOptions} choice, off by default. The aggregation itself is in msp-core, which
 * has no dependencies.
 */
package org.mspsdk.returns.io;
