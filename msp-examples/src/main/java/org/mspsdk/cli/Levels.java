package org.mspsdk.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.PartnershipMeasures;
import org.mspsdk.returns.SacReturn;

/**
 * Plain-text rendering of the three levels the sources ask outcomes to be shown at: the person (distinct people,
 * from the lead council's records), the single organisation (what each organisation did, by its roles and by
 * attribution, once per journey) and the partnership (journeys, their partner records merged). Organisation codes
 * are not personal data; every value goes through {@link TerminalText#escape}.
 */
final class Levels {

    /** How records are linked, for {@code --help} of {@code msp sac} and {@code msp measures}. */
    static final String HOW_RECORDS_ARE_LINKED = "%nLinked records: one journey may be recorded by several "
            + "organisations. Each record of it carries the episodeId the lead council issued for the concern; a "
            + "partner's record also carries recordedBy (its own organisation code). The lead council's record (no "
            + "recordedBy, or the lead council's code) is the one the SAC tables count, so a journey counts once; "
            + "a partner's record adds to the organisation and partnership levels, and one without its lead "
            + "council's record in the input is listed in the data-quality report, not counted.";

    private Levels() {
    }

    /**
     * @param out          where to print
     * @param sac          the return
     * @param personDetail whether to print the person level's figures (false when already printed above)
     */
    static void print(PrintWriter out, SacReturn sac, boolean personDetail) {
        out.println("Levels: person, single organisation, partnership");
        MspMeasures.SectorOutcomesMeasure s = sac.measures().sectorOutcomes();
        if (personDetail) {
            out.println();
            out.print("Person level: ");
            Tables.printSectorOutcomes(out, s);
        } else {
            out.printf("  Person level: the sector outcomes measure above (%,d people with a concern; "
                    + "the lead council's records)%n", s.peopleWithConcern());
        }
        out.println();
        printOrganisations(out, sac.partnership().organisations());
        out.println();
        printPartnership(out, sac.partnership().journeys());
    }

    private static void printOrganisations(PrintWriter out, Map<String, PartnershipMeasures.Organisation> orgs) {
        out.println("Single-organisation level (journeys in the year; each organisation credited once per journey"
                + " with what it did)");
        if (orgs.isEmpty()) {
            out.println("  (no organisation)");
            return;
        }
        int width = Math.max(12, orgs.keySet().stream().mapToInt(k -> TerminalText.escape(k).length()).max()
                .orElse(0));
        out.printf("  %-" + width + "s %9s %9s %9s %9s %9s %9s %9s %9s%n", "organisation", "raised", "asked",
                "met early", "caused", "contrib", "outcomes", "ratings", "question");
        orgs.forEach((code, o) -> out.printf("  %-" + width + "s %,9d %,9d %,9d %,9d %,9d %,9d %,9d %,9d%n",
                TerminalText.escape(code), o.concernsRaised(), o.askedAtConcern(), o.metBeforeOrWithoutEnquiry(),
                o.causedToMakeEnquiries(), o.contributed(), o.outcomesRecorded(), o.achievementRated(),
                o.questionnairesCollected()));
        out.println("  Partner engagement: raised = concerns it raised; asked = of those, the person was asked about"
                + " desired outcomes at the point of concern by it; met early = of those, outcomes met before or"
                + " without an enquiry. caused / contrib = enquiries it was caused to make / contributed to;"
                + " outcomes / ratings / question = journeys where it recorded a desired outcome / an achievement"
                + " rating / collected a questionnaire.");
    }

    private static void printPartnership(PrintWriter out, PartnershipMeasures.Journeys j) {
        out.println("Partnership level (journeys: the lead council's record with its partners' records)");
        out.printf("  Journeys with a concern received in the year   %,9d  (%,d linked, %,d with partner records)%n",
                j.journeys(), j.linkedJourneys(), j.withPartnerRecords());
        out.printf("  Of those, a section 42 enquiry commenced       %,9d%n", j.s42Enquiries());
        out.printf("  Asked about outcomes at the point of concern   %,9d  %s%n", j.askedAtConcern(),
                Tables.percent(j.askedAtConcernPercent()));
        out.printf("  Outcomes expressed (any organisation)          %,9d  %s%n", j.outcomesExpressed(),
                Tables.percent(j.outcomesExpressedPercent()));
        out.printf("  Of those, fully or partly met                  %,9d  %s%n", j.fullyOrPartlyMet(),
                Tables.percent(j.fullyOrPartlyMetPercent()));
        out.printf("  Met before or without an enquiry               %,9d%n", j.metBeforeOrWithoutEnquiry());
        out.printf("  Partner records read %,d (never counted in the SAC tables); without their lead council's "
                + "record %,d (data quality); journeys with several lead council records %,d%n",
                j.partnerRecordsRead(), j.partnerRecordsWithoutLead(), j.severalLeadRecords());
    }
}
