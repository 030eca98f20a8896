package org.mspsdk.dictionary;

import java.util.List;
import java.util.Map;

/**
 * Renders a {@link DataDictionary} as one self-contained HTML page: inline CSS, no script, no image, no link to
 * anything outside the page (only {@code #} anchors between its own sections), so it opens in a browser with no
 * network access. Every text is HTML-escaped.
 *
 * <pre>{@code
 * Files.writeString(Path.of("dictionary.html"), DataDictionaryHtml.render(DataDictionary.generate()));
 * }</pre>
 */
public final class DataDictionaryHtml {

    private static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            + "margin:2rem;color:#1b1b1b;line-height:1.4}h1{font-size:1.6rem}h2{margin-top:2.5rem;"
            + "border-bottom:2px solid #005eb8}h3{margin-top:1.5rem}table{border-collapse:collapse;width:100%;"
            + "margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;"
            + "text-align:left;vertical-align:top}th{background:#eef3fa}tr:nth-child(even) td{background:#fafafa}"
            + "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}"
            + ".meta td:first-child{font-weight:bold;width:16rem}nav a{margin-right:1rem}";

    private DataDictionaryHtml() {
    }

    /**
     * @param dictionary the dictionary
     * @return the HTML page
     */
    public static String render(DataDictionary dictionary) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>MSP SDK data dictionary</title>\n<style>").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<h1>Making Safeguarding Personal SDK: data dictionary</h1>\n")
                .append("<p>Generated from the SDK's own model and code lists.</p>\n")
                .append("<table class=\"meta\">\n");
        row(h, "SAC guidance version", dictionary.sacGuidanceVersion());
        row(h, "SDK vocabulary version", dictionary.sdkVocabularyVersion());
        row(h, "Research form version", dictionary.researchFormatVersion());
        h.append("</table>\n<nav><a href=\"#research-record\">Research form</a>")
                .append("<a href=\"#safeguarding-record\">Record model</a><a href=\"#code-lists\">Code lists</a>")
                .append("</nav>\n");
        fields(h, "research-record", "Research form (de-identified export)",
                dictionary.fields(DataDictionary.RESEARCH_RECORD), false);
        fields(h, "safeguarding-record", "Record model (SafeguardingRecord)",
                dictionary.fields(DataDictionary.SAFEGUARDING_RECORD), true);
        h.append("<h2 id=\"code-lists\">Code lists</h2>\n");
        for (Map.Entry<String, List<DictionaryCode>> e : dictionary.codesByList().entrySet()) {
            DictionaryCode first = e.getValue().get(0);
            h.append("<h3 id=\"").append(anchor(e.getKey())).append("\">").append(esc(first.listTitle()))
                    .append(" <code>").append(esc(e.getKey())).append("</code></h3>\n<p>Source: ")
                    .append(esc(first.source())).append("; version ").append(esc(first.version()));
            first.sacTable().ifPresent(t -> h.append("; SAC table ").append(esc(t)));
            h.append("</p>\n<table>\n<tr><th>Code</th><th>Label</th></tr>\n");
            for (DictionaryCode c : e.getValue()) {
                h.append("<tr><td><code>").append(esc(c.code())).append("</code></td><td>").append(esc(c.label()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void fields(StringBuilder h, String id, String title, List<DictionaryField> fields,
            boolean withTreatment) {
        h.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n<table>\n<tr><th>Field</th>")
                .append("<th>Type</th><th>Required</th><th>Meaning</th><th>Codes</th><th>SAC tables</th>")
                .append("<th>Vocabulary version</th>");
        if (withTreatment) {
            h.append("<th>In the research export</th>");
        }
        h.append("</tr>\n");
        for (DictionaryField f : fields) {
            h.append("<tr><td><code>").append(esc(f.path())).append("</code></td><td>").append(esc(f.type()))
                    .append("</td><td>").append(f.required() ? "yes" : "no").append("</td><td>")
                    .append(esc(f.description())).append("</td><td>");
            f.codeList().ifPresent(l -> h.append("<a href=\"#").append(anchor(l)).append("\">").append(esc(l))
                    .append("</a>"));
            h.append("</td><td>").append(esc(String.join(" ", f.sacTables()))).append("</td><td>")
                    .append(esc(f.vocabularyVersion().orElse(""))).append("</td>");
            if (withTreatment) {
                h.append("<td>").append(esc(f.researchTreatment().map(ResearchTreatment::label).orElse("")))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><td>").append(esc(name)).append("</td><td>").append(esc(value)).append("</td></tr>\n");
    }

    /** An id safe in an HTML id and a fragment: anything but letters, digits and hyphens becomes a hyphen. */
    static String anchor(String listId) {
        return "list-" + listId.replaceAll("[^A-Za-z0-9-]", "-");
    }

    /**
     * @param text any text
     * @return it with the five HTML-significant characters escaped
     */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

}
