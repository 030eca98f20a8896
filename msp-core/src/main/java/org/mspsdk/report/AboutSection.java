package org.mspsdk.report;

import java.util.List;
import org.mspsdk.vocabulary.Vocabulary;

/**
 * How to read the page and where the figures come from: the shorthand, the sources the measures follow, and the
 * measures a board asks for that this report does not show yet.
 */
final class AboutSection implements Section {

    /** The measures a board asks for that the SDK does not count yet, each with what it will show. */
    static final List<String> NOT_YET = List.of(
            "Achievement as judged by the person or their representative, beside the practitioner's view, and the "
                    + "sector outcomes measure over concluded cases only.",
            "Experience results counted once per case and split by whose voice they are (the person or a "
                    + "representative), and the share of concluded enquiries where Part 2 was offered.",
            "Consent and advocacy: actions taken without consent and why; advocacy offered, commissioned or "
                    + "declined.",
            "Repeat concerns: people with a further concern within 12 months of a concluded enquiry.",
            "Case-file audit figures: outcomes in the person's own words, negotiated outcomes linked, achievement "
                    + "recorded and judged by the person.",
            "The three levels the sources ask for (the person, a single organisation, the partnership) and each "
                    + "partner's engagement: concerns raised and whether the person was asked what they wanted.");

    @Override
    public String id() {
        return "about";
    }

    @Override
    public String heading(ReportData data) {
        return "About this report";
    }

    @Override
    public void write(Page page) {
        ReportData data = page.data();
        page.subheading("Reading the figures");
        page.paragraph(data.settings().disclosureControl() ? Figures.RULE : Figures.OFF);
        Html html = page.html();
        html.open("dl", "class", "key");
        html.element("dt", "[c]").element("dd", "Not shown, to protect the people counted (a small number).");
        html.element("dt", "[x]").element("dd", "Not available: there was no one to count.");
        html.element("dt", "n").element("dd", "The number a set of shares is out of.");
        html.close("dl").nl();
        page.paragraph("Reporting years run from 1 April to 31 March. The figures are counted from ",
                page.figures().count(page.year(), page.current().recordsRead(), Sources.RECORDS_READ),
                " records by the Making Safeguarding Personal SDK, with the code lists of the Safeguarding Adults "
                + "Collection guidance " + Vocabulary.SAC_GUIDANCE_VERSION + ". The sector outcomes measure follows "
                + "the Local Government Association (2014); My Safeguarding Experience follows the Making "
                + "Safeguarding Personal Outcomes Framework (LGA and ADASS, 2018), in the SDK's own wording. The "
                + "page holds no names, record identifiers or free text.");
        page.subheading("Not in this report yet");
        page.paragraph("A board asks for these too; they are not counted yet:");
        html.open("ul");
        for (String item : NOT_YET) {
            html.element("li", item);
        }
        html.close("ul").nl();
    }
}
