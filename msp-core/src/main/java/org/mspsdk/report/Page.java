package org.mspsdk.report;

import java.util.List;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;

/**
 * The page being written, as a section sees it: the markup, the figures (with disclosure control as set), the
 * data, and a counter that gives every chart its own id.
 */
final class Page {

    private final Html html;
    private final Figures figures;
    private final ReportData data;
    private int charts;

    Page(Html html, ReportData data) {
        this.html = html;
        this.data = data;
        this.figures = new Figures(data.settings().disclosureControl());
    }

    Html html() {
        return html;
    }

    Figures figures() {
        return figures;
    }

    ReportData data() {
        return data;
    }

    /** @return the return of the report's year */
    SacReturn current() {
        return data.current();
    }

    /** @return the report's year */
    ReportingYear year() {
        return data.current().year();
    }

    /** @return a new chart id */
    String chartId() {
        return "chart" + (++charts);
    }

    /** Writes a sub-heading. */
    void subheading(String text) {
        html.element("h3", text).nl();
    }

    /** Writes the one-sentence definition of a measure, with its denominator. */
    void definition(String text) {
        html.element("p", text, "class", "definition").nl();
    }

    /**
     * Writes a paragraph of text and figures: strings are written as text, {@link Figure}s as marked spans.
     *
     * @param parts strings and figures, in order
     */
    void paragraph(Object... parts) {
        html.open("p");
        inline(parts);
        html.close("p").nl();
    }

    /** Writes strings and figures inline. */
    void inline(Object... parts) {
        for (Object part : parts) {
            if (part instanceof Figure f) {
                html.element("span", f.text(), f.attributeArray("class", "figure"));
            } else {
                html.text(String.valueOf(part));
            }
        }
    }

    /** Writes a figure holding one chart and its table. */
    void chart(String caption, String svg, Grid table) {
        ChartFigure.write(html, caption, svg, table, true);
    }

    /**
     * Writes a figure holding small multiples side by side, each under its visible title, and one table of all
     * their figures.
     */
    void smallMultiples(String caption, List<String> titles, List<String> svgs, Grid table) {
        html.open("figure", "class", "chart").element("figcaption", caption).open("div", "class", "multiples");
        for (int i = 0; i < svgs.size(); i++) {
            html.open("div", "class", "multiple").element("p", titles.get(i), "class", "multiple-title")
                    .raw(svgs.get(i)).close("div");
        }
        html.close("div").nl();
        table.write(html);
        html.close("figure").nl();
    }
}
