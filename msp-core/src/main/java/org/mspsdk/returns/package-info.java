/**
 * The Safeguarding Adults Collection (SAC) return, the Making Safeguarding Personal measures and board
 * breakdowns, computed from {@link org.mspsdk.model.SafeguardingRecord}s for one {@link
 * org.mspsdk.returns.ReportingYear}. A {@link org.mspsdk.returns.SacTally} counts records one at a time in memory
 * that grows with distinct people, not records, and merges with tallies of other partitions; its
 * {@link org.mspsdk.returns.SacReturn} holds the SG1a-SG4a cells in the published long layout, the
 * {@link org.mspsdk.returns.MspMeasures}, the {@link org.mspsdk.returns.BoardBreakdown}s and a bounded
 * {@link org.mspsdk.returns.DataQualityReport} naming, by record id only, every record counted as "Not recorded"
 * or left out of a table. The counting rules are documented on {@link org.mspsdk.returns.SacTally}; publication
 * {@link org.mspsdk.returns.DisclosureControl} is an export option. No JSON or CSV here: the writers live in the
 * wire-format module.
 */
package org.mspsdk.returns;
