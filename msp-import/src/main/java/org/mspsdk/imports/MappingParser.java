package org.mspsdk.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.instrument.InstrumentItem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a mapping file's YAML tree into a {@link Mapping}, naming the path of every problem. */
final class MappingParser extends MappingNodes {

    static final int FORMAT_VERSION = 1;
    /** A value map's target for a local value that means "not recorded" ({@code ~} in the YAML). */
    static final String ABSENT = "\u0000absent";
    private static final int MAX_MAPPING_CHARS = 1_000_000;

    private MappingParser(String file) {
        super(file);
    }

    static Mapping parse(String text, String file) {
        MappingParser p = new MappingParser(file);
        if (text.length() > MAX_MAPPING_CHARS) {
            throw p.error("", "the file is longer than " + MAX_MAPPING_CHARS + " characters");
        }
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw p.error("", "not valid YAML" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw p.error("", "the file is empty");
        }
        return p.mapping(root);
    }

    private Mapping mapping(JsonNode root) {
        object(root, "", "msp-mapping", "sources", "defaults", "limits", "record");
        JsonNode version = need(root, "", "msp-mapping");
        if (!version.isNumber() || version.asInt() != FORMAT_VERSION) {
            throw error("msp-mapping", "expected the mapping format version " + FORMAT_VERSION);
        }
        Map<String, SourceSpec> sources = new LinkedHashMap<>();
        JsonNode src = need(root, "", "sources");
        object(src, "sources");
        if (src.size() == 0) {
            throw error("sources", "expected at least one source");
        }
        for (Map.Entry<String, JsonNode> e : src.properties()) {
            sources.put(e.getKey(), source(e.getKey(), e.getValue(), "sources." + e.getKey()));
        }
        Defaults defaults = defaults(root.get("defaults"));
        ImportLimits limits = limits(root.get("limits"));
        JsonNode rec = need(root, "", "record");
        object(rec, "record", "source", "key", "fields", "lists");
        String source = text(need(rec, "record", "source"), "record.source");
        if (!sources.containsKey(source)) {
            throw error("record.source", "expected the name of a source declared under sources: one of "
                    + sources.keySet());
        }
        Optional<String> key = Optional.ofNullable(rec.get("key")).map(n -> text(n, "record.key"));
        List<FieldRule> fields = fields(Target.Part.RECORD, need(rec, "record", "fields"), "record.fields",
                defaults);
        List<ListRule> lists = new ArrayList<>();
        JsonNode l = rec.get("lists");
        if (l != null) {
            object(l, "record.lists");
            for (Map.Entry<String, JsonNode> e : l.properties()) {
                String path = "record.lists." + e.getKey();
                Target.Part part = Target.Part.ofList(e.getKey()).orElseThrow(() -> error(path,
                        "expected one of the record's lists: organisations, enquiry.riskItems, "
                                + "outcomes.desiredOutcomes, outcomes.negotiatedOutcomes, questionnaires"));
                if (!e.getValue().isArray()) {
                    throw error(path, "expected a list of items (each '- fields: ...', with 'source' and 'key' "
                            + "for rows of a child source)");
                }
                for (int i = 0; i < e.getValue().size(); i++) {
                    lists.add(list(part, e.getValue().get(i), path + "[" + i + "]", sources, defaults));
                }
            }
        }
        boolean children = lists.stream().anyMatch(r -> r.source().isPresent());
        if (children && key.isEmpty()) {
            throw error("record.key", "expected the record source's key column: child sources join on it");
        }
        return new Mapping(file, sources, source, key, fields, lists, limits);
    }

    private ListRule list(Target.Part part, JsonNode node, String path, Map<String, SourceSpec> sources,
            Defaults defaults) {
        if (part == Target.Part.QUESTIONNAIRES) {
            object(node, path, "source", "key", "fields", "answers");
        } else {
            object(node, path, "source", "key", "fields");
        }
        Optional<String> source = Optional.ofNullable(node.get("source")).map(n -> text(n, path + ".source"));
        if (source.isPresent() && !sources.containsKey(source.get())) {
            throw error(path + ".source", "expected the name of a source declared under sources: one of "
                    + sources.keySet());
        }
        Optional<String> key = Optional.ofNullable(node.get("key")).map(n -> text(n, path + ".key"));
        if (source.isPresent() && key.isEmpty()) {
            throw error(path + ".key", "expected the child source's column holding the record key");
        }
        if (source.isEmpty() && key.isPresent()) {
            throw error(path + ".key", "a key joins a child source: name the source too, or leave the key out "
                    + "for an item made from the record's own row");
        }
        List<FieldRule> fields = fields(part, need(node, path, "fields"), path + ".fields", defaults);
        if (node.has("answers")) {
            List<FieldRule> all = new ArrayList<>(fields);
            all.addAll(answers(fields, node.get("answers"), path, defaults));
            fields = List.copyOf(all);
        }
        return new ListRule(part, source, key, fields, path);
    }

    /**
     * The answer columns of a questionnaire list, keyed by item linkId. The instrument (id and version, both
     * constants) decides each item's answer: a code of its scale, or free text.
     */
    private List<FieldRule> answers(List<FieldRule> fields, JsonNode node, String path, Defaults defaults) {
        String apath = path + ".answers";
        object(node, apath);
        if (node.size() == 0) {
            throw error(apath, "expected at least one answer (linkId: column)");
        }
        Optional<String> id = constant(fields, Target.QUESTIONNAIRE_INSTRUMENT_ID);
        Optional<String> version = constant(fields, Target.QUESTIONNAIRE_INSTRUMENT_VERSION);
        if (id.isEmpty() || version.isEmpty()) {
            throw error(apath, "answers need the instrument: give fields instrumentId and instrumentVersion as "
                    + "constants (one list per instrument)");
        }
        InstrumentCatalogue catalogue = InstrumentCatalogue.builtIn();
        Instrument instrument = catalogue.find(id.get().trim(), version.get().trim()).orElseThrow(() -> error(
                path + ".fields.instrumentId", "expected a built-in instrument: one of " + catalogue.instruments()
                        .stream().map(i -> i.id() + " " + i.version()).toList()));
        List<FieldRule> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String fpath = apath + "." + e.getKey();
            InstrumentItem item = instrument.item(e.getKey()).orElseThrow(() -> error(fpath, "not an item of "
                    + instrument.id() + " " + instrument.version() + "; expected one of " + instrument.items()
                            .stream().map(InstrumentItem::linkId).toList()));
            FieldRule r = field(Target.QUESTIONNAIRE_ANSWER, e.getValue(), fpath, defaults);
            if (r.constant().isPresent()) {
                throw error(fpath, "an answer is read from a column, not a constant");
            }
            if (item.isFreeText() && !r.values().isEmpty()) {
                throw error(fpath + ".values", "item '" + item.linkId() + "' is answered in free text: it takes no "
                        + "value map");
            }
            if (item.isFreeText() && r.ifBlank().isPresent()) {
                throw error(fpath + ".if-blank", "a free-text answer takes no if-blank value");
            }
            item.scale().ifPresent(scale -> {
                for (Map.Entry<String, String> v : r.values().entrySet()) {
                    if (!v.getValue().equals(ABSENT) && FieldReader.scaleOption(scale, v.getValue(), true).isEmpty()) {
                        throw error(fpath + ".values", "expected codes (or labels) of the answer scale '" + scale.id()
                                + "': one of " + scale.codes());
                    }
                }
                r.ifBlank().filter(v -> FieldReader.scaleOption(scale, v, true).isEmpty()).ifPresent(v -> {
                    throw error(fpath + ".if-blank", "expected a code (or label) of the answer scale '"
                            + scale.id() + "': one of " + scale.codes());
                });
            });
            out.add(new FieldRule(r.target(), r.mappingPath(), r.column(), r.constant(), r.values(), r.sdkLookup(),
                    r.datePatterns(), r.dateFormats(), r.blank(), r.ifBlank(), r.blankValues(), r.separator(),
                    Optional.of(item)));
        }
        return out;
    }

    private static Optional<String> constant(List<FieldRule> fields, Target t) {
        return fields.stream().filter(f -> f.target() == t).findFirst().flatMap(FieldRule::constant);
    }

    private SourceSpec source(String name, JsonNode node, String path) {
        if (node.isString()) {
            return new SourceSpec(name, node.asString(), Optional.empty(), StandardCharsets.UTF_8, ',', 1, path);
        }
        object(node, path, "file", "sheet", "encoding", "delimiter", "header-row");
        String fileName = text(need(node, path, "file"), path + ".file");
        Optional<String> sheet = Optional.ofNullable(node.get("sheet")).map(n -> text(n, path + ".sheet"));
        boolean workbook = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (sheet.isPresent() && !workbook) {
            throw error(path + ".sheet", "a sheet belongs to an .xlsx workbook; " + "the file is not one");
        }
        Charset cs = StandardCharsets.UTF_8;
        if (node.has("encoding")) {
            String enc = text(node.get("encoding"), path + ".encoding");
            try {
                cs = Charset.forName(enc);
            } catch (IllegalArgumentException e) {
                throw error(path + ".encoding", "expected an encoding such as UTF-8 or windows-1252");
            }
        }
        char delimiter = ',';
        if (node.has("delimiter")) {
            String d = text(node.get("delimiter"), path + ".delimiter");
            if (d.equals("\\t") || d.equals("tab")) {
                d = "\t";
            }
            if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
                throw error(path + ".delimiter", "expected one character such as , or ; or tab");
            }
            delimiter = d.charAt(0);
        }
        int headerRow = node.has("header-row") ? positive(node.get("header-row"), path + ".header-row") : 1;
        return new SourceSpec(name, fileName, sheet, cs, delimiter, headerRow, path);
    }

    private record Defaults(List<String> datePatterns, Set<String> blankValues, String separator) {
    }

    private Defaults defaults(JsonNode node) {
        List<String> dates = List.of("yyyy-MM-dd");
        Set<String> blanks = Set.of("");
        String separator = ";";
        if (node != null) {
            object(node, "defaults", "date-formats", "blank-values", "separator");
            if (node.has("date-formats")) {
                dates = strings(node.get("date-formats"), "defaults.date-formats");
                dates.forEach(d -> dateFormat(d, "defaults.date-formats"));
            }
            if (node.has("blank-values")) {
                blanks = strings(node.get("blank-values"), "defaults.blank-values").stream()
                        .map(MappingParser::key).collect(Collectors.toCollection(LinkedHashSet::new));
            }
            if (node.has("separator")) {
                separator = separator(node.get("separator"), "defaults.separator");
            }
        }
        return new Defaults(dates, Set.copyOf(blanks), separator);
    }

    private ImportLimits limits(JsonNode node) {
        ImportLimits d = ImportLimits.defaults();
        if (node == null) {
            return d;
        }
        object(node, "limits", "max-rows", "max-cell-chars", "max-row-chars", "max-columns", "max-child-rows");
        return new ImportLimits(
                node.has("max-rows") ? positive(node.get("max-rows"), "limits.max-rows") : d.maxRows(),
                node.has("max-cell-chars") ? positive(node.get("max-cell-chars"), "limits.max-cell-chars")
                        : d.maxCellChars(),
                node.has("max-row-chars") ? positive(node.get("max-row-chars"), "limits.max-row-chars")
                        : d.maxRowChars(),
                node.has("max-columns") ? positive(node.get("max-columns"), "limits.max-columns") : d.maxColumns(),
                node.has("max-child-rows") ? positive(node.get("max-child-rows"), "limits.max-child-rows")
                        : d.maxChildRows(),
                d.maxWorkbookEntry(), d.minInflateRatio());
    }

    private List<FieldRule> fields(Target.Part part, JsonNode node, String path, Defaults defaults) {
        object(node, path);
        if (node.size() == 0) {
            throw error(path, "expected at least one field");
        }
        List<FieldRule> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String fpath = path + "." + e.getKey();
            Target target = Target.find(part, e.getKey()).orElseThrow(() -> error(fpath,
                    "not a field of " + (part == Target.Part.RECORD ? "the record" : part.path() + "[]")
                            + "; expected one of " + Target.of(part).stream().map(Target::fieldName).toList()));
            out.add(field(target, e.getValue(), fpath, defaults));
        }
        return List.copyOf(out);
    }

    private FieldRule field(Target target, JsonNode node, String path, Defaults d) {
        if (node.isString()) {
            return new FieldRule(target, path, Optional.of(node.asString()), Optional.empty(), Map.of(), true,
                    d.datePatterns(), formats(d.datePatterns(), path), FieldRule.Blank.ABSENT, Optional.empty(),
                    d.blankValues(), d.separator(), Optional.empty());
        }
        object(node, path, "column", "constant", "values", "lookup", "date-formats", "blank", "if-blank",
                "separator");
        Optional<String> column = Optional.ofNullable(node.get("column")).map(n -> text(n, path + ".column"));
        Optional<String> constant = Optional.ofNullable(node.get("constant")).map(n -> scalar(n,
                path + ".constant"));
        if (column.isPresent() == constant.isPresent()) {
            throw error(path, "expected either 'column' or 'constant'");
        }
        List<String> patterns = node.has("date-formats") ? strings(node.get("date-formats"), path + ".date-formats")
                : d.datePatterns();
        if (node.has("date-formats") && target.kind() != Target.Kind.DATE) {
            throw error(path + ".date-formats", "only a date field has date formats");
        }
        List<DateTimeFormatter> formats = formats(patterns, path + ".date-formats");
        String separator = node.has("separator") ? separator(node.get("separator"), path + ".separator")
                : d.separator();
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode v = node.get("values");
        if (v != null) {
            object(v, path + ".values");
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (e.getValue().isNull() || e.getValue().isMissingNode()
                        || e.getValue().isString() && e.getValue().asString().equals("~")) {
                    values.put(key(e.getKey()), ABSENT); // "~": this local value means not recorded
                    continue;
                }
                String to = scalar(e.getValue(), path + ".values." + e.getKey());
                checkValue(target, to, path + ".values." + e.getKey(), formats, separator);
                values.put(key(e.getKey()), to);
            }
        }
        boolean lookup = true;
        if (node.has("lookup")) {
            String l = text(node.get("lookup"), path + ".lookup");
            if (!l.equals("code-or-label") && !l.equals("none")) {
                throw error(path + ".lookup", "expected code-or-label (the default) or none");
            }
            lookup = l.equals("code-or-label");
        }
        FieldRule.Blank blank = FieldRule.Blank.ABSENT;
        Optional<String> ifBlank = Optional.empty();
        if (node.has("blank")) {
            String b = text(node.get("blank"), path + ".blank");
            switch (b) {
                case "absent" -> blank = FieldRule.Blank.ABSENT;
                case "error" -> blank = FieldRule.Blank.ERROR;
                default -> throw error(path + ".blank", "expected absent (the default) or error");
            }
        }
        if (node.has("if-blank")) {
            if (node.has("blank")) {
                throw error(path + ".if-blank", "give either 'blank' or 'if-blank', not both");
            }
            String value = scalar(node.get("if-blank"), path + ".if-blank");
            checkValue(target, value, path + ".if-blank", formats, separator);
            ifBlank = Optional.of(value);
            blank = FieldRule.Blank.VALUE;
        }
        if (constant.isPresent()) {
            checkValue(target, constant.get(), path + ".constant", formats, separator);
            if (v != null || node.has("blank") || node.has("if-blank")) {
                throw error(path, "a constant takes no value map and no blank rule");
            }
        }
        return new FieldRule(target, path, column, constant, Map.copyOf(values), lookup, List.copyOf(patterns),
                formats, blank, ifBlank, d.blankValues(), separator, Optional.empty());
    }

    /** Checks a value written in the mapping (a constant, a value map's target) against the field's kind. */
    private void checkValue(Target target, String value, String path, List<DateTimeFormatter> formats,
            String separator) {
        switch (target.kind()) {
            case CODE -> code(target.list().orElseThrow(), value.trim(), path);
            case CODES -> {
                for (String part : value.split(java.util.regex.Pattern.quote(separator), -1)) {
                    code(target.list().orElseThrow(), part.trim(), path);
                }
            }
            case BOOLEAN -> {
                if (Cells.parseBoolean(value).isEmpty()) {
                    throw error(path, "expected true or false");
                }
            }
            case INTEGER -> {
                if (Cells.parseInteger(value).isEmpty()) {
                    throw error(path, "expected a whole number");
                }
            }
            case DATE -> {
                if (Cells.parseDate(value, formats).isEmpty()) {
                    throw error(path, "expected a date in one of the field's date formats");
                }
            }
            default -> {
                if (value.isBlank()) {
                    throw error(path, "expected some text");
                }
            }
        }
    }

    static String key(String localValue) {
        return localValue.trim().toLowerCase(Locale.ROOT);
    }
}
