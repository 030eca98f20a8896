/**
 * The partnership view: one person's safeguarding journey as several organisations recorded it. A
 * {@link org.mspsdk.partnership.Journey} holds the records that share an {@code episodeId} (the reference the lead
 * council issues for the concern and passes to its partners); {@link org.mspsdk.partnership.Partnership} groups
 * records into journeys (from a collection, or streamed from a file whose records of one journey are adjacent) and
 * merges each into one case ({@link org.mspsdk.partnership.MergedJourney}): the lead council's record is the
 * authority for everything the SAC counts, and the partners' records add what they saw (desired outcomes asked at
 * the point of concern, negotiated outcomes, ratings, questionnaire responses, their organisations and roles), each
 * still attributed to the organisation that recorded it. Conflicts between the records (two lead councils, two
 * enquiry results, two NHS numbers) are reported as {@link org.mspsdk.partnership.JourneyFinding}s with the rule ids
 * of the catalogue (MSP-JNY), the record id and the path, and never silently resolved. The streaming SAC return does
 * not need this view: {@link org.mspsdk.returns.SacTally} counts each journey once on its own.
 */
package org.mspsdk.partnership;
