/**
 * De-identified research datasets: a {@link org.mspsdk.research.Deidentifier} turns each
 * {@link org.mspsdk.model.SafeguardingRecord} into a {@link org.mspsdk.research.ResearchRecord}, in which person,
 * record and (optionally) provider identifiers are keyed pseudonyms (HMAC-SHA-256 under a caller-supplied
 * {@link org.mspsdk.research.PseudonymKey}), NHS numbers, names and every free-text field are removed, the date of
 * birth becomes age bands and other dates are coarsened to a month or a reporting year. Codes and categories are
 * kept, so the SAC SG4a table (and the other counts) can be computed from the research form. The research form
 * is still pseudonymised personal data for whoever holds the key; it is not published statistics (no small-cell
 * suppression is applied here).
 */
package org.mspsdk.research;
