package org.mspsdk.returns.io;

import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mspsdk.MspException;
import org.mspsdk.returns.BoardBreakdown;
import org.mspsdk.returns.BoardMeasure;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.DataQualityReport;
import org.mspsdk.returns.DisclosureControl;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.MspMeasures;
import org.mspsdk.returns.PartnershipMeasures;
import org.mspsdk.returns.SacCell;
import org.mspsdk.returns.SacReturn;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link SacReturn} as one JSON document: the reporting year, the council (when given), every SAC
 * cell, the MSP measures, the board breakdowns, the data-quality report, the partnership levels
 * ({@code partnership}: journeys and organisations) and the return's consistency checks.
 * Every value has one JSON type whatever the options: a count is an integer or {@code null}, a percentage a
 * number or {@code null}. Without disclosure control counts are exact and percentages unrounded; with it, counts
 * are rounded to the nearest 5 and a suppressed count (0-4) is {@code null}, percentages are whole numbers
 * computed from the unrounded counts, and the data-quality report gives counts only (no record ids, no exact
 * figures of the checks), since the output is meant for publication. A SAC cell whose {@code VALUE} is
 * {@code null} says why in {@code MARKER}: {@code "[c]"} suppressed, {@code "[x]"} missing (or, under the Excel
 * SG4a rule, an all-zero SG4a block). The caller's {@link Writer} is not closed.
 *
 * <pre>{@code
 * SacJson.write(sacReturn, Optional.of(council), ExportOptions.defaults(), out);
 * }</pre>
 */
public final class SacJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SacJson() {
    }

    /**
     * @param sac     the return
     * @param council the council's geography columns, if known
     * @param options export options
     * @param out     where to write
     */
    public static void write(SacReturn sac, Optional<CouncilMetadata> council, ExportOptions options, Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toTree(sac, council, options));
            out.flush();
        } catch (JacksonException e) {
            throw new MspException(MspException.Kind.ENCODE, "could not write the SAC JSON: "
                    + e.getClass().getSimpleName(), e);
        } catch (java.io.IOException e) {
            throw new MspException(MspException.Kind.IO, "could not flush the SAC JSON output", e);
        }
    }

    /**
     * @param sac     the return
     * @param council the council's geography columns, if known
     * @param options export options
     * @return the JSON tree that {@link #write} writes
     */
    public static ObjectNode toTree(SacReturn sac, Optional<CouncilMetadata> council, ExportOptions options) {
        boolean dc = options.disclosureControl();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("reportingYear", sac.year().label());
        root.put("recordsRead", sac.recordsRead());
        root.put("disclosureControl", dc);
        council.ifPresent(c -> {
            ObjectNode n = root.putObject("council");
            n.put("GEOGRAPHY", c.geography());
            n.put("COUNCIL_TYPE", c.councilType());
            n.put("REGION_CODE", c.regionCode());
            n.put("REGION_NAME", c.regionName());
            n.put("ONS_CODE", c.onsCode());
            n.put("LA_CODE", c.laCode());
            n.put("LA_NAME", c.laName());
        });
        ArrayNode cells = root.putArray("cells");
        java.util.List<String> shown = DisclosureControl.apply(sac.cells(), options);
        for (int i = 0; i < sac.cells().size(); i++) {
            SacCell c = sac.cells().get(i);
            ObjectNode n = cells.addObject();
            n.put("TABLE_REFERENCE", c.table().reference());
            n.put("ENQUIRY_TYPE", c.enquiryType());
            n.put("CATEGORY", c.category());
            n.put("SUBCATEGORY", c.subcategory());
            String v = shown.get(i);
            if (v.equals(DisclosureControl.SUPPRESSED) || v.equals(DisclosureControl.NOT_AVAILABLE)) {
                n.putNull("VALUE");
                n.put("MARKER", v);
            } else if (v.isEmpty()) {
                n.putNull("VALUE");
                n.put("MARKER", DisclosureControl.NOT_AVAILABLE);
            } else {
                n.put("VALUE", Long.parseLong(v));
            }
        }
        measures(root.putObject("measures"), sac.measures(), dc);
        ObjectNode breakdowns = root.putObject("breakdowns");
        for (BoardBreakdown b : sac.breakdowns().values()) {
            ObjectNode groups = breakdowns.putObject(b.grouping());
            b.groups().forEach((key, counts) -> {
                ObjectNode g = groups.putObject(key);
                for (BoardMeasure m : BoardMeasure.values()) {
                    count(g, m.code(), counts.get(m), dc);
                }
            });
        }
        dataQuality(root.putObject("dataQuality"), sac.dataQuality(), dc);
        partnership(root.putObject("partnership"), sac.partnership(), dc);
        ArrayNode checks = root.putArray("checks");
        for (org.mspsdk.returns.ReturnCheck check : sac.checks()) {
            ObjectNode n = checks.addObject();
            n.put("rule", check.rule().id());
            n.put("severity", check.rule().severity().name());
            n.put("passed", check.passed());
            n.put("message", check.message(!dc));
        }
        return root;
    }

    /** The single-organisation and partnership levels: organisation codes are not personal data. */
    private static void partnership(ObjectNode n, PartnershipMeasures p, boolean dc) {
        PartnershipMeasures.Journeys j = p.journeys();
        ObjectNode jn = n.putObject("journeys");
        count(jn, "journeys", j.journeys(), dc);
        count(jn, "linkedJourneys", j.linkedJourneys(), dc);
        count(jn, "withPartnerRecords", j.withPartnerRecords(), dc);
        count(jn, "s42Enquiries", j.s42Enquiries(), dc);
        count(jn, "askedAtConcern", j.askedAtConcern(), dc);
        percent(jn, "askedAtConcernPercent", j.askedAtConcernPercent(), dc);
        count(jn, "outcomesExpressed", j.outcomesExpressed(), dc);
        count(jn, "achievementRecorded", j.achievementRecorded(), dc);
        count(jn, "fullyOrPartlyMet", j.fullyOrPartlyMet(), dc);
        percent(jn, "fullyOrPartlyMetPercent", j.fullyOrPartlyMetPercent(), dc);
        count(jn, "metBeforeOrWithoutEnquiry", j.metBeforeOrWithoutEnquiry(), dc);
        count(jn, "partnerRecordsRead", j.partnerRecordsRead(), dc);
        count(jn, "partnerRecordsWithoutLead", j.partnerRecordsWithoutLead(), dc);
        count(jn, "severalLeadRecords", j.severalLeadRecords(), dc);
        ObjectNode orgs = n.putObject("organisations");
        p.organisations().forEach((code, o) -> {
            ObjectNode on = orgs.putObject(code);
            count(on, "concernsRaised", o.concernsRaised(), dc);
            count(on, "askedAtConcern", o.askedAtConcern(), dc);
            percent(on, "askedAtConcernPercent", o.askedAtConcernPercent(), dc);
            count(on, "metBeforeOrWithoutEnquiry", o.metBeforeOrWithoutEnquiry(), dc);
            count(on, "causedToMakeEnquiries", o.causedToMakeEnquiries(), dc);
            count(on, "contributed", o.contributed(), dc);
            count(on, "outcomesRecorded", o.outcomesRecorded(), dc);
            count(on, "achievementRated", o.achievementRated(), dc);
            count(on, "questionnairesCollected", o.questionnairesCollected(), dc);
        });
    }

    private static void measures(ObjectNode n, MspMeasures m, boolean dc) {
        MspMeasures.SectorOutcomesMeasure s = m.sectorOutcomes();
        ObjectNode so = n.putObject("sectorOutcomes");
        count(so, "peopleWithConcern", s.peopleWithConcern(), dc);
        count(so, "definedOutcomes", s.definedOutcomes(), dc);
        percent(so, "definedOutcomesPercent", s.definedOutcomesPercent(), dc);
        count(so, "definedThemselves", s.definedThemselves(), dc);
        count(so, "definedWithRepresentative", s.definedWithRepresentative(), dc);
        count(so, "definedThroughBestInterests", s.definedThroughBestInterests(), dc);
        count(so, "achievementRecorded", s.achievementRecorded(), dc);
        count(so, "fullyOrPartlyMet", s.fullyOrPartlyMet(), dc);
        percent(so, "fullyOrPartlyMetPercent", s.fullyOrPartlyMetPercent(), dc);
        ObjectNode ex = n.putObject("experience");
        count(ex, "part2Completed", m.part2Completed(), dc);
        count(ex, "part2NotOffered", m.part2NotOffered(), dc);
        ObjectNode items = ex.putObject("items");
        for (MspMeasures.ExperienceResult r : m.experience()) {
            ObjectNode item = items.putObject(r.linkId());
            for (Map.Entry<String, Long> e : r.counts().entrySet()) {
                count(item, e.getKey(), e.getValue(), dc);
            }
        }
        MspMeasures.FeelingSafeChange f = m.feelingSafe();
        ObjectNode fs = n.putObject("feelingSafe");
        count(fs, "pairs", f.pairs(), dc);
        count(fs, "improved", f.improved(), dc);
        count(fs, "same", f.same(), dc);
        count(fs, "worse", f.worse(), dc);
        count(fs, "unpaired", f.unpaired(), dc);
        if (f.meanChange().isPresent()) {
            fs.put("meanChange", f.meanChange().getAsDouble());
        } else {
            fs.putNull("meanChange");
        }
        ObjectNode by = fs.putObject("byChange");
        f.byChange().forEach((change, c) -> count(by, (change > 0 ? "+" : "") + change, c, dc));
    }

    private static void dataQuality(ObjectNode n, DataQualityReport report, boolean dc) {
        n.put("sampleSize", dc ? 0 : report.sampleSize());
        ArrayNode issues = n.putArray("issues");
        for (DataQualityReport.Entry e : report.entries()) {
            ObjectNode i = issues.addObject();
            i.put("issue", e.issue().code());
            i.put("affects", e.issue().affects());
            i.put("description", e.issue().description());
            count(i, "count", e.count(), dc);
            if (!dc) {
                ArrayNode ids = i.putArray("sampleRecordIds");
                e.sampleIds().forEach(ids::add);
            }
        }
        count(n, "excludedRecords", report.excludedRecords(), dc);
        ArrayNode excluded = n.putArray("excluded");
        for (DataQualityReport.Exclusion x : report.exclusions()) {
            ObjectNode i = excluded.addObject();
            i.put("rule", x.ruleId());
            count(i, "count", x.count(), dc);
            if (!dc) {
                ArrayNode ids = i.putArray("sampleRecordIds");
                x.sampleIds().forEach(ids::add);
            }
        }
    }

    private static void count(ObjectNode n, String field, long value, boolean dc) {
        String shown = dc ? DisclosureControl.cell(value) : null;
        if (DisclosureControl.SUPPRESSED.equals(shown)) {
            n.putNull(field);
        } else {
            n.put(field, dc ? Long.parseLong(shown) : value);
        }
    }

    private static void percent(ObjectNode n, String field, OptionalDouble p, boolean dc) {
        if (dc && p.isPresent()) {
            n.put(field, Math.round(p.getAsDouble()));
        } else if (p.isPresent()) {
            n.put(field, p.getAsDouble());
        } else {
            n.putNull(field);
        }
    }
}
