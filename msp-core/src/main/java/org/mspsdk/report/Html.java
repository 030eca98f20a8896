package org.mspsdk.report;

/**
 * Writes HTML (and inline SVG) as text: every text and attribute value is escaped, so nothing a caller passes
 * (a title, a group key) can become markup. Attributes are given as name, value pairs; a null value leaves the
 * attribute out.
 */
final class Html {

    private final StringBuilder out;

    Html(StringBuilder out) {
        this.out = out;
    }

    Html() {
        this(new StringBuilder(1 << 16));
    }

    /** @return text with {@code & < > " '} escaped */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // control characters other than tab and newline have no place on the page
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Opens an element. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Writes an element with no content and no closing tag ({@code <meta>}, {@code <rect/>} in SVG). */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append(tag.equals("meta") ? ">" : "/>");
        return this;
    }

    /** Closes an element. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes an element holding text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Writes escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Writes markup this package made (a style sheet, a fragment built by another {@code Html}). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Writes a new line, to keep the source readable. */
    Html nl() {
        out.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
