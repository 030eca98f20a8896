package org.mspsdk.imports;

import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text a guessed mapping is written with: source names made from sheet and file names, YAML quoting,
 * where a column comes from, for comments, and whether a value reads as a date in a pattern.
 */
final class GuessText {

    private GuessText() {
    }

    static String where(SourceSample s) {
        return s.file + s.sheet.map(sh -> " [" + sh + "]").orElse("");
    }

    static String where(SourceSample s, SourceSample.Column c) {
        return where(s) + ": " + (c.header.isEmpty() ? "column " + (c.index + 1) + " (no header)" : c.header);
    }

    /** Source names: the sheet or file name in lower case with dashes, made unique. */
    static Map<SourceSample, String> names(List<SourceSample> samples) {
        Map<SourceSample, String> out = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (SourceSample s : samples) {
            String base = s.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
                base = "source-" + base;
            }
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            out.put(s, name);
        }
        return out;
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\x%02x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Whether a value reads as a whole date in a pattern. */
    static boolean parses(String pattern, String value) {
        try {
            LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.UK)
                    .withResolverStyle(ResolverStyle.STRICT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
