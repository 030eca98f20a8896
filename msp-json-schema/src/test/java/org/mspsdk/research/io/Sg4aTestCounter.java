package org.mspsdk.research.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mspsdk.model.Achievement;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.research.ResearchAchievement;
import org.mspsdk.research.ResearchEnquiry;
import org.mspsdk.research.ResearchNegotiatedOutcome;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.OutcomeAchievement;

/**
 * TEST SCOPE ONLY: a minimal SAC SG4a counter, written here because org.mspsdk.returns was being built at the
 * same time. Once the real return exists, the equivalence test should count with it instead.
 *
 * <p>SG4a: one count per section 42 enquiry concluded in the reporting year, by the "asked" answer (no answer
 * counts as {@code not-recorded}); and, among the {@code asked-expressed} ones, by the enquiry-level achievement
 * (where absent: the default roll-up of the per-outcome levels; where there are none: {@code missing}). A table
 * is a sorted map {@code "2025-26|asked|asked-expressed" -> count}.
 */
final class Sg4aTestCounter {

    private Sg4aTestCounter() {
    }

    static Map<String, Long> fromRecords(List<SafeguardingRecord> records) {
        Map<String, Long> table = new TreeMap<>();
        for (SafeguardingRecord r : records) {
            Optional<Enquiry> e = r.enquiry();
            if (e.isEmpty() || e.get().type() != EnquiryType.S42 || e.get().concludedOn().isEmpty()) {
                continue;
            }
            String year = reportingYear(e.get().concludedOn().get());
            String asked = r.outcomes().asked().map(AskedAboutOutcomes::code).orElse("not-recorded");
            List<String> levels = r.outcomes().negotiatedOutcomes().stream().map(NegotiatedOutcome::achievement)
                    .flatMap(Optional::stream).map(Achievement::level).map(OutcomeAchievement::code).toList();
            add(table, year, asked, r.outcomes().enquiryAchievement().map(OutcomeAchievement::code), levels);
        }
        return table;
    }

    static Map<String, Long> fromResearch(List<ResearchRecord> records) {
        Map<String, Long> table = new TreeMap<>();
        for (ResearchRecord r : records) {
            Optional<ResearchEnquiry> e = r.enquiry();
            if (e.isEmpty() || e.get().type() != EnquiryType.S42 || e.get().concludedReportingYear().isEmpty()) {
                continue;
            }
            String asked = r.outcomes().asked().map(AskedAboutOutcomes::code).orElse("not-recorded");
            List<String> levels = r.outcomes().negotiatedOutcomes().stream()
                    .map(ResearchNegotiatedOutcome::achievement).flatMap(Optional::stream)
                    .map(ResearchAchievement::level).map(OutcomeAchievement::code).toList();
            add(table, e.get().concludedReportingYear().get(), asked,
                    r.outcomes().enquiryAchievement().map(OutcomeAchievement::code), levels);
        }
        return table;
    }

    /** Counts from already-extracted columns (JSON Lines or CSV). */
    static void add(Map<String, Long> table, String year, String asked, Optional<String> enquiryAchievement,
            List<String> levels) {
        table.merge(year + "|asked|" + asked, 1L, Long::sum);
        if (asked.equals("asked-expressed")) {
            String achieved = enquiryAchievement.orElseGet(() -> rollUp(levels));
            table.merge(year + "|achieved|" + achieved, 1L, Long::sum);
        }
    }

    static String rollUp(List<String> levels) {
        if (levels.isEmpty()) {
            return "missing";
        }
        if (levels.stream().allMatch("fully-achieved"::equals)) {
            return "fully-achieved";
        }
        return levels.stream().anyMatch(l -> !l.equals("not-achieved")) ? "partially-achieved" : "not-achieved";
    }

    /** Independent of the production code: 1 April to 31 March. */
    static String reportingYear(LocalDate d) {
        int start = d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
        return String.format("%d-%02d", start, (start + 1) % 100);
    }
}
