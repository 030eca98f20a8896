package org.mspsdk.report;

/**
 * The fills of the charts: one blue hue in four steps of lightness (so they stay apart in greyscale and for
 * every kind of colour blindness), each with its own pattern (solid, diagonal hatch, dots, outline, grey
 * cross-hatch), and a text colour with enough contrast to label a value inside the fill. Patterns are drawn as
 * plain paths, so a chart can be copied alone and prints small.
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

    /** @return the stroke drawn round a shape of this style, or null */
    String stroke() {
        return this == OUTLINE || this == CROSS ? "#1b3a6b" : null;
    }

    /**
     * Draws a rectangle in this style: the base colour, then the pattern as one vector path clipped to the
     * rectangle (not an SVG {@code <pattern>}, which browsers print to PDF as large images).
     */
    void draw(Html svg, double x, double y, double w, double h) {
        if (w <= 0 || h <= 0) {
            return;
        }
        svg.empty("rect", "x", Svg.n(x), "y", Svg.n(y), "width", Svg.n(w), "height", Svg.n(h), "fill", base,
                "stroke", stroke(), "stroke-width", stroke() == null ? null : "1");
        StringBuilder d = new StringBuilder();
        switch (this) {
            case HATCH -> diagonals(d, x, y, w, h, true);
            case CROSS -> {
                diagonals(d, x, y, w, h, true);
                diagonals(d, x, y, w, h, false);
            }
            case DOTS -> {
                for (double gx = x + STEP / 2; gx < x + w - 1; gx += STEP) {
                    for (double gy = y + STEP / 2; gy < y + h - 1; gy += STEP) {
                        d.append('M').append(Svg.n(gx)).append(',').append(Svg.n(gy)).append("h0");
                    }
                }
            }
            default -> {
                return;
            }
        }
        if (d.length() > 0) {
            svg.empty("path", "d", d.toString(), "stroke", this == HATCH ? "#ffffff" : this == DOTS ? "#1b3a6b"
                    : "#6e6e6e", "stroke-width", this == HATCH ? "1.6" : this == DOTS ? "2.6" : "0.9",
                    "stroke-linecap", this == DOTS ? "round" : "butt", "fill", "none");
        }
    }

    private static final double STEP = 6;

    /** Appends 45-degree lines, every {@link #STEP} units, clipped to the rectangle. */
    private static void diagonals(StringBuilder d, double x, double y, double w, double h, boolean rising) {
        // rising lines are x + y = c; falling ones x - y = c
        double from = rising ? x + y : x - (y + h);
        double to = rising ? x + w + y + h : x + w - y;
        for (double c = Math.ceil(from / STEP) * STEP; c <= to; c += STEP) {
            double x1 = rising ? Math.max(x, c - (y + h)) : Math.max(x, c + y);
            double x2 = rising ? Math.min(x + w, c - y) : Math.min(x + w, c + y + h);
            if (x2 - x1 > 0.2) {
                double y1 = rising ? c - x1 : x1 - c;
                double y2 = rising ? c - x2 : x2 - c;
                d.append('M').append(Svg.n(x1)).append(',').append(Svg.n(y1)).append('L').append(Svg.n(x2))
                        .append(',').append(Svg.n(y2));
            }
        }
    }
}
