package org.mspsdk.report;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.mspsdk.MspException;
import org.mspsdk.returns.ReportingYear;

/**
 * The board report as one self-contained HTML page: the Making Safeguarding Personal picture of a reporting
 * year for a Safeguarding Adults Board, with trends across years and quarters, charts drawn as inline SVG, every
 * chart with a text alternative and the table of its figures, and disclosure control on by default (the rule is
 * stated on the page). No script, no style sheet, font or image from elsewhere: a Content-Security-Policy in the
 * page forbids loading anything, and it prints on A4.
 *
 * <pre>{@code
 * ReportSettings settings = ReportSettings.of(ReportingYear.of(2025)).withTrendFrom(ReportingYear.of(2023));
 * ReportTally tally = settings.newTally();
 * records.forEach(tally::add);
 * Files.writeString(Path.of("report.html"), BoardReport.html(tally.result()));
 * }</pre>
 *
 * <p>The page shows group keys (organisation codes, types of risk) and counts; never a record id, a name or free
 * text. Figures are formatted for UK readers (1,234; 45.6%).
 */
public final class BoardReport {

    /** The sections, in page order. A section with nothing to show for the data is left out. */
    private static final List<Section> SECTIONS = List.of(new SummarySection(), new SectorOutcomesSection(),
            new Sg4aSection(), new ExperienceSection(), new FeelingSafeSection(), new YearsSection(),
            new QuartersSection(), new BreakdownSection(), new DataQualitySection(), new AboutSection());

    private BoardReport() {
    }

    /**
     * @param data the returns and settings
     * @return the page
     */
    public static String html(ReportData data) {
        Objects.requireNonNull(data, "data");
        Html html = new Html();
        Page page = new Page(html, data);
        List<Section> shown = SECTIONS.stream().filter(s -> s.shows(data)).toList();
        ReportingYear year = data.settings().year();
        html.raw("<!DOCTYPE html>\n").open("html", "lang", "en-GB").nl().open("head").nl();
        html.empty("meta", "charset", "utf-8").nl();
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'").nl();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
        html.element("title", data.settings().title()).nl();
        html.open("style").raw(Style.CSS).close("style").nl().close("head").nl().open("body").nl();
        html.open("header").element("h1", data.settings().title()).nl();
        html.element("p", "Reporting year " + year.label() + ": " + Style.date(year.firstDay()) + " to "
                + Style.date(year.lastDay()) + (data.hasTrend() ? "; trends from "
                + data.settings().firstYear().label() : "") + ".", "class", "subtitle").nl();
        html.element("p", data.settings().disclosureControl() ? Figures.RULE : Figures.OFF, "class",
                data.settings().disclosureControl() ? "notice" : "notice warning", "role", "note").nl();
        html.close("header").nl();
        html.open("nav", "aria-labelledby", "contents").element("h2", "Contents", "id", "contents").open("ol");
        for (Section s : shown) {
            html.open("li").element("a", s.heading(data), "href", "#" + s.id()).close("li");
        }
        html.close("ol").close("nav").nl().open("main").nl();
        for (Section s : shown) {
            html.open("section", "aria-labelledby", s.id()).element("h2", s.heading(data), "id", s.id()).nl();
            s.write(page);
            html.close("section").nl();
        }
        html.close("main").nl().close("body").nl().close("html").nl();
        return html.toString();
    }

    /**
     * Writes the page.
     *
     * @param data the returns and settings
     * @param out  where to write (not closed)
     * @throws MspException of kind {@code IO} when writing fails
     */
    public static void write(ReportData data, Appendable out) {
        Objects.requireNonNull(out, "out");
        String page = html(data);
        try {
            out.append(page);
        } catch (IOException e) {
            throw new MspException(MspException.Kind.IO, "could not write the board report", e);
        }
    }
}
