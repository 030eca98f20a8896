package org.mspsdk.report;

import java.util.Locale;

/**
 * The fills of the charts: one blue hue in four steps of lightness (so they stay apart in greyscale and for
 * every kind of colour blindness), each with its own pattern (solid, diagonal hatch, dots, outline, grey
 * cross-hatch), and a text colour with enough contrast to label a value inside the fill. Patterns are SVG
 * {@code <pattern>} elements defined inside each chart, so a chart can be copied alone.
 */
enum Palette {
    /** Solid dark blue. */
    SOLID("#1b3a6b", "#ffffff"),
    /** Mid blue with white diagonal hatching. */
    HATCH("#3d72b0", "#ffffff"),
    /** Light blue with dark dots. */
    DOTS("#a9c6ea", "#0b1f3a"),
    /** Pale blue with a dark outline. */
    OUTLINE("#eef3f9", "#0b1f3a"),
    /** White with grey cross-hatching: for "don't know", "not recorded" and the like. */
    CROSS("#ffffff", "#1a1a1a");

    private final String base;
    private final String text;

    Palette(String base, String text) {
        this.base = base;
        this.text = text;
    }

    /** @return the style for the n-th category (the last categories of long lists reuse the lighter ones) */
    static Palette nth(int n) {
        Palette[] all = values();
        return all[Math.min(n, all.length - 1)];
    }

    /** @return the text colour for a label inside this fill */
    String text() {
        return text;
    }

    /** @return the base colour, used as a halo behind labels */
    String base() {
        return base;
    }

    /** @return the {@code fill} value for a chart whose patterns are prefixed {@code id} */
    String fill(String id) {
        return switch (this) {
            case SOLID, OUTLINE -> base;
            default -> "url(#" + id + "-" + name().toLowerCase(Locale.ROOT) + ")";
        };
    }

    /** @return the stroke drawn round a shape of this style, or null */
    String stroke() {
        return this == OUTLINE || this == CROSS ? "#1b3a6b" : null;
    }

    /**
     * Writes the pattern definitions of a chart.
     *
     * @param svg the chart
     * @param id  the chart's id, prefixed to each pattern's id
     */
    static void definitions(Html svg, String id) {
        svg.open("defs");
        pattern(svg, id + "-hatch", HATCH.base, "<path d=\"M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2\" stroke=\"#ffffff\" "
                + "stroke-width=\"1.6\"/>");
        pattern(svg, id + "-dots", DOTS.base, "<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#1b3a6b\"/>");
        pattern(svg, id + "-cross", CROSS.base, "<path d=\"M0,0 L6,6 M6,0 L0,6\" stroke=\"#6e6e6e\" "
                + "stroke-width=\"0.9\"/>");
        svg.close("defs");
    }

    private static void pattern(Html svg, String id, String background, String markup) {
        svg.open("pattern", "id", id, "width", "6", "height", "6", "patternUnits", "userSpaceOnUse")
                .empty("rect", "width", "6", "height", "6", "fill", background).raw(markup).close("pattern");
    }
}
