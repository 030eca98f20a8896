/**
 * The Safeguarding Adults Collection (SAC) return, the Making Safeguarding Personal measures and board
 * breakdowns, computed from {@link org.mspsdk.model.SafeguardingRecord}s for one {@link
 * org.mspsdk.returns.ReportingYear}. A {@link org.mspsdk.returns.SacTally} counts records one at a time in memory
 * that grows with distinct people, not records, and merges with tallies of other partitions; its
 * {@link org.mspsdk.returns.SacReturn} holds the SG1a-SG4a cells in the published long layout (queried by typed
 * keys, {@link org.mspsdk.vocabulary.Population} and code-list entries, or by labels), the
 * {@link org.mspsdk.returns.MspMeasures}, the {@link org.mspsdk.returns.BoardBreakdown}s and a bounded
 * {@link org.mspsdk.returns.DataQualityReport} naming, by record id only, every record counted as "Not recorded"
 * or left out of a table. Publication {@link org.mspsdk.returns.DisclosureControl} is an export option. No JSON
 * or CSV here: the writers live in the wire-format module.
 *
 * <p>Layout: each table's counting rule is one small package-private class ({@code Sg1aTally} ... {@code
 * Sg4aTally}) holding its counts, merge, cells and equality; tables counted record by record are
 * {@code TableTally}s, the SG1 tables of distinct people are {@code PersonBreakdown}s, each owning a field of the
 * per-person {@code PersonState}. The measures ({@code SectorOutcomesTally}, {@code ExperienceTally},
 * {@code FeelingSafeTally}), the board breakdowns ({@code BoardTally}) and the data-quality report
 * ({@code DataQualityTally}) are tallies of their own; {@code SacTally} loops over them. A table's shape (its
 * populations, code lists, labels, disclosure blocks) is on {@link org.mspsdk.vocabulary.SacTable}. Adding a
 * table: an entry in {@code SacTable}, one tally class (named in {@code TablePart.of}, whose switch does not
 * compile without it) and one test.
 */
package org.mspsdk.returns;
