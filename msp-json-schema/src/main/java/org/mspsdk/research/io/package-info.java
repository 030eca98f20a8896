/**
 * Writers for research datasets: {@link org.mspsdk.research.io.ResearchJsonLines} (one research record per
 * line, valid under the published research schema {@code schema/research-record.json}),
 * {@link org.mspsdk.research.io.ResearchCsv} (flat tables that load directly into R, pandas or a spreadsheet)
 * and {@link org.mspsdk.research.io.DataDictionaryCsv} (the generated data dictionary as CSV). They write only
 * what the {@link org.mspsdk.research.Deidentifier} put in a {@link org.mspsdk.research.ResearchRecord}; the
 * pseudonym key never reaches them.
 */
package org.mspsdk.research.io;
