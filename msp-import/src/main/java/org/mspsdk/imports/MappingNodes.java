package org.mspsdk.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mspsdk.vocabulary.CodeList;
import tools.jackson.databind.JsonNode;

/**
 * Readers of a mapping file's YAML nodes that name the mapping path of every problem: text, whole numbers,
 * lists, maps with their allowed keys, date patterns and code-list values. {@link MappingParser} builds on them.
 */
abstract class MappingNodes {

    /** The mapping file's name, for messages. */
    final String file;

    MappingNodes(String file) {
        this.file = file;
    }

    final void code(CodeList<?> list, String value, String path) {
        if (list.findByCode(value).isEmpty() && list.findByLabel(value).isEmpty()) {
            throw error(path, "expected a code (or SAC label) of the list '" + list.id() + "': one of "
                    + list.codes());
        }
    }

    final List<DateTimeFormatter> formats(List<String> patterns, String path) {
        return patterns.stream().map(p -> dateFormat(p, path)).toList();
    }

    final DateTimeFormatter dateFormat(String pattern, String path) {
        try {
            // strict: 31/02/2025 is refused, not moved to 3 March; 'yyyy' read as the proleptic year
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.UK)
                    .withResolverStyle(ResolverStyle.STRICT);
            LocalDate probe = LocalDate.of(2025, 3, 31);
            if (!LocalDate.parse(f.format(probe), f).equals(probe)) {
                throw new IllegalArgumentException("not a whole date");
            }
            return f;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw error(path, "expected date formats such as dd/MM/yyyy or yyyy-MM-dd (Java DateTimeFormatter "
                    + "patterns with day, month and year)");
        }
    }

    final String separator(JsonNode n, String path) {
        String s = text(n, path);
        if (s.isEmpty()) {
            throw error(path, "expected a separator such as ; or |");
        }
        return s;
    }

    final List<String> strings(JsonNode n, String path) {
        if (n.isString()) {
            return List.of(n.asString());
        }
        if (!n.isArray() || n.size() == 0) {
            throw error(path, "expected a list of text values");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(scalar(n.get(i), path + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    final int positive(JsonNode n, String path) {
        if (!n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > Integer.MAX_VALUE) {
            throw error(path, "expected a positive whole number");
        }
        return n.asInt();
    }

    final String text(JsonNode n, String path) {
        if (!n.isString() || n.asString().isBlank()) {
            throw error(path, "expected some text");
        }
        return n.asString().trim();
    }

    final String scalar(JsonNode n, String path) {
        if (!(n.isString() || n.isNumber() || n.isBoolean())) {
            throw error(path, "expected a single value");
        }
        return n.asString();
    }

    final JsonNode need(JsonNode parent, String path, String name) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            throw error(path.isEmpty() ? name : path + "." + name, "missing; expected " + what(name));
        }
        return n;
    }

    static String what(String name) {
        return switch (name) {
            case "msp-mapping" -> "the mapping format version, " + MappingParser.FORMAT_VERSION;
            case "sources" -> "the sources (name: file)";
            case "record" -> "the record rule (source, key, fields)";
            case "fields" -> "the fields (field: column, or field: {column|constant, ...})";
            case "source" -> "the name of a source";
            case "file" -> "the file name";
            default -> "a value";
        };
    }

    final void object(JsonNode n, String path, String... allowed) {
        if (!n.isObject()) {
            throw error(path, "expected a map of keys to values");
        }
        if (allowed.length > 0) {
            Set<String> ok = Set.of(allowed);
            for (String name : n.propertyNames()) {
                if (!ok.contains(name)) {
                    throw error(path.isEmpty() ? name : path + "." + name, "unknown key; expected one of "
                            + List.of(allowed));
                }
            }
        }
    }

    final MappingException error(String path, String problem) {
        return new MappingException(file, path, problem);
    }
}
