package org.mspsdk.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.mspsdk.vocabulary.CodeList;

/**
 * Guesses a starting mapping from a council's files, for an analyst to correct ({@code msp mapping init}).
 * Every CSV file and every sheet of a workbook becomes a source; the one with a record-id column whose values
 * are unique is the record source, and the others join to it on the column of the same name. A column feeds a
 * field when its header names the field loosely (see the data dictionary's paths and a few common names such as
 * {@code DOB} or {@code Referral Date}) or, for a coded field, when every value it holds is a code or SAC label
 * of that field's list and of no other field's. Local codes the SDK does not recognise are listed in a comment
 * under their field, with the codes they could map to, for the analyst to write the value map; date formats
 * and "not recorded" words are guessed from the values. Nothing is certain: the YAML says so at the top.
 *
 * <pre>{@code
 * String yaml = MappingInit.guess(List.of(Path.of("cases.csv"), Path.of("risks.csv")));
 * Files.writeString(Path.of("council.yaml"), yaml);
 * }</pre>
 *
 * <p>Only values of columns taken for coded fields (and yes/no fields) are ever written, and only when a column
 * has at most {@value #MAX_VALUES_SHOWN} distinct values of at most 40 characters: local codes, not personal data.
 */
public final class MappingInit {

    static final int MAX_VALUES_SHOWN = 30;
    private static final List<String> DATE_PATTERNS = List.of("dd/MM/yyyy", "yyyy-MM-dd", "d/M/yyyy", "dd-MM-yyyy",
            "dd.MM.yyyy");
    private static final List<Target.Part> LIST_PARTS = List.of(Target.Part.RISK_ITEMS,
            Target.Part.DESIRED_OUTCOMES, Target.Part.NEGOTIATED_OUTCOMES, Target.Part.ORGANISATIONS);
    private static final Map<Target.Part, List<Target>> REQUIRED_IN_ITEM = Map.of(
            Target.Part.ORGANISATIONS, List.of(Target.ORG_CODE, Target.ORG_TYPE, Target.ORG_ROLES),
            Target.Part.RISK_ITEMS, List.of(Target.RISK_TYPE),
            Target.Part.DESIRED_OUTCOMES, List.of(Target.DESIRED_ID, Target.DESIRED_WORDING, Target.DESIRED_VOICE,
                    Target.DESIRED_ON, Target.DESIRED_STAGE),
            Target.Part.NEGOTIATED_OUTCOMES, List.of(Target.NEGOTIATED_ID, Target.NEGOTIATED_AGREED_ON,
                    Target.NEGOTIATED_WORDING));

    private final List<String> dateFormats = new ArrayList<>();
    private final Set<String> nullWords = new LinkedHashSet<>();

    private MappingInit() {
    }

    /** A column taken to feed a field, with the notes for the analyst. */
    private static final class Guess {
        final SourceSample.Column column;
        final Target target;
        final List<String> notes = new ArrayList<>();

        Guess(SourceSample.Column column, Target target) {
            this.column = column;
            this.target = target;
        }
    }

    /** The list items read from one source: by list and item number. */
    private record ItemKey(Target.Part part, int number) {
    }

    /**
     * Guesses a mapping.
     *
     * @param inputs CSV files and {@code .xlsx} workbooks
     * @return the mapping as YAML with comments; it parses with {@link Mapping#parse(String, String)}
     * @throws SourceException when a file cannot be read
     */
    public static String guess(List<Path> inputs) {
        return new MappingInit().run(inputs);
    }

    private String run(List<Path> inputs) {
        List<SourceSample> samples = new ArrayList<>();
        for (Path p : inputs) {
            samples.addAll(SourceSample.of(p, ImportLimits.defaults()));
        }
        if (samples.isEmpty()) {
            throw new SourceException("no source with a header row among the files given");
        }
        samples.forEach(s -> nullWords.addAll(s.nullWords));
        Map<SourceSample, String> names = GuessText.names(samples);
        // the record source: the first with a record-id column whose values are unique, else the first with one
        SourceSample record = samples.get(0);
        SourceSample.Column recordKey = null;
        boolean keyUnique = false;
        for (SourceSample s : samples) {
            for (SourceSample.Column c : s.columns) {
                if (HeaderNames.match(c.header, Target.Part.RECORD).contains(Target.RECORD_ID)) {
                    boolean unique = !c.overflow && c.filled > 0 && c.distinct.size() == c.filled;
                    if (recordKey == null || unique && !keyUnique) {
                        record = s;
                        recordKey = c;
                        keyUnique = unique;
                    }
                    break;
                }
            }
        }
        StringBuilder fields = new StringBuilder();
        StringBuilder lists = new StringBuilder();
        List<String> unused = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // the record source: its own fields, then numbered items of lists from its own row
        Map<Target, Guess> own = new LinkedHashMap<>();
        Map<ItemKey, Map<Target, Guess>> ownItems = new TreeMap<>((a, b) -> a.part() != b.part()
                ? Integer.compare(a.part().ordinal(), b.part().ordinal()) : Integer.compare(a.number(), b.number()));
        for (SourceSample.Column c : record.columns) {
            List<Target> m = HeaderNames.match(c.header, Target.Part.RECORD);
            if (!m.isEmpty() && !own.containsKey(m.get(0))) {
                own.put(m.get(0), check(new Guess(c, m.get(0)), false));
                continue;
            }
            boolean placed = false;
            for (Target.Part part : LIST_PARTS) {
                List<Target> lm = HeaderNames.match(c.header, part);
                if (!lm.isEmpty()) {
                    Map<Target, Guess> item = ownItems.computeIfAbsent(new ItemKey(part, HeaderNames.number(c.header)),
                            k -> new LinkedHashMap<>());
                    if (!item.containsKey(lm.get(0))) {
                        item.put(lm.get(0), check(new Guess(c, lm.get(0)), false));
                        placed = true;
                        break;
                    }
                }
            }
            if (!placed) {
                Optional<Target> byValues = byValues(c, Target.Part.RECORD, own.keySet());
                if (byValues.isPresent()) {
                    own.put(byValues.get(), check(new Guess(c, byValues.get()), true));
                } else {
                    unused.add(GuessText.where(record, c));
                }
            }
        }
        for (Guess g : own.values()) {
            fields.append(field("    ", g));
        }
        for (Target t : List.of(Target.RECORD_ID, Target.PERSON_ID, Target.CONCERN_RECEIVED_ON,
                Target.CONCERN_RAISED_BY)) {
            if (!own.containsKey(t)) {
                fields.append("    # ").append(t.fieldName()).append(": no column found; every record needs one (a ")
                        .append("column, or {constant: ...})\n");
            }
        }
        Map<Target.Part, StringBuilder> byList = new EnumMap<>(Target.Part.class);
        for (Map.Entry<ItemKey, Map<Target, Guess>> e : ownItems.entrySet()) {
            StringBuilder b = byList.computeIfAbsent(e.getKey().part(), p -> new StringBuilder());
            b.append("      - fields:\n");
            e.getValue().values().forEach(g -> b.append(field("          ", g)));
            b.append(missing(e.getKey().part(), e.getValue().keySet(), "          "));
        }
        // every other source: a child source joined on the record key
        for (SourceSample s : samples) {
            if (s == record) {
                continue;
            }
            SourceSample.Column key = null;
            for (SourceSample.Column c : s.columns) {
                if (recordKey != null && HeaderNames.normalise(c.header).equals(HeaderNames.normalise(
                        recordKey.header))) {
                    key = c;
                    break;
                }
            }
            if (key == null) {
                for (SourceSample.Column c : s.columns) {
                    if (HeaderNames.match(c.header, Target.Part.RECORD).contains(Target.RECORD_ID)) {
                        key = c;
                        break;
                    }
                }
            }
            if (key == null || recordKey == null) {
                notes.add("source " + names.get(s) + " (" + GuessText.where(s) + ") has no column matching the record key; "
                        + "name its key column to read it as a list");
                continue;
            }
            Map<Target.Part, Integer> votes = new EnumMap<>(Target.Part.class);
            for (SourceSample.Column c : s.columns) {
                for (Target.Part part : LIST_PARTS) {
                    if (c != key && !HeaderNames.match(c.header, part).isEmpty()) {
                        votes.merge(part, 1, Integer::sum);
                    }
                }
            }
            Optional<Target.Part> dominant = votes.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey);
            Map<Target.Part, Map<Target, Guess>> items = new EnumMap<>(Target.Part.class);
            for (SourceSample.Column c : s.columns) {
                if (c == key) {
                    continue;
                }
                List<Target.Part> order = new ArrayList<>();
                dominant.ifPresent(order::add);
                LIST_PARTS.stream().filter(p -> !order.contains(p)).forEach(order::add);
                boolean placed = false;
                for (Target.Part part : order) {
                    List<Target> lm = HeaderNames.match(c.header, part);
                    Map<Target, Guess> item = items.computeIfAbsent(part, p -> new LinkedHashMap<>());
                    if (!lm.isEmpty() && !item.containsKey(lm.get(0))) {
                        item.put(lm.get(0), check(new Guess(c, lm.get(0)), false));
                        placed = true;
                        break;
                    }
                }
                if (!placed && dominant.isPresent()) {
                    Map<Target, Guess> item = items.get(dominant.get());
                    Optional<Target> byValues = byValues(c, dominant.get(), item.keySet());
                    if (byValues.isPresent()) {
                        item.put(byValues.get(), check(new Guess(c, byValues.get()), true));
                        placed = true;
                    }
                }
                if (!placed) {
                    unused.add(GuessText.where(s, c));
                }
            }
            for (Map.Entry<Target.Part, Map<Target, Guess>> e : items.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                StringBuilder b = byList.computeIfAbsent(e.getKey(), p -> new StringBuilder());
                b.append("      - source: ").append(names.get(s)).append('\n')
                        .append("        key: ").append(GuessText.quote(key.header)).append('\n')
                        .append("        fields:\n");
                e.getValue().values().forEach(g -> b.append(field("          ", g)));
                b.append(missing(e.getKey(), e.getValue().keySet(), "          "));
            }
        }
        if (!byList.containsKey(Target.Part.ORGANISATIONS)) {
            lists.append("    # the lead council (the SAC return counts its records): fill in its code\n")
                    .append("    # organisations:\n")
                    .append("    #   - fields: {code: {constant: E0...}, type: {constant: local-authority}, ")
                    .append("roles: {constant: lead-council}}\n");
        }
        byList.forEach((part, b) -> lists.append("    ").append(part.path()).append(":\n").append(b));
        // risk items or any enquiry field make an enquiry, which needs its type and start
        boolean enquiry = own.keySet().stream().anyMatch(t -> t.fieldName().startsWith("enquiry."))
                || byList.containsKey(Target.Part.RISK_ITEMS);
        for (Target t : List.of(Target.ENQUIRY_TYPE, Target.ENQUIRY_COMMENCED_ON)) {
            if (enquiry && !own.containsKey(t)) {
                fields.append("    # ").append(t.fieldName()).append(": no column found; an enquiry needs one (a ")
                        .append("column, a value map such as {column: Decision, values: {S42: s42}}, or a constant)\n");
            }
        }
        boolean children = byList.values().stream().anyMatch(b -> b.indexOf("- source:") >= 0);
        return yaml(samples, names, record, children ? recordKey : null, fields, lists, unused, notes);
    }

    private String yaml(List<SourceSample> samples, Map<SourceSample, String> names, SourceSample record,
            SourceSample.Column key, StringBuilder fields, StringBuilder lists, List<String> unused,
            List<String> notes) {
        StringBuilder y = new StringBuilder();
        y.append("# A starting mapping guessed by msp mapping init: check every line before use.\n")
                .append("# Columns were matched to SDK fields by header and by value; comments list local values ")
                .append("to map and\n# what is still missing. The format: docs/import/MAPPING.md. Then run ")
                .append("msp import --check.\n")
                .append("msp-mapping: 1\nsources:\n");
        for (SourceSample s : samples) {
            y.append("  ").append(names.get(s)).append(": {file: ").append(GuessText.quote(s.file));
            s.sheet.ifPresent(sh -> y.append(", sheet: ").append(GuessText.quote(sh)));
            if (!s.encoding.name().equals("UTF-8")) {
                y.append(", encoding: ").append(s.encoding.name());
            }
            if (s.delimiter != ',') {
                y.append(", delimiter: ").append(s.delimiter == '\t' ? "tab" : GuessText.quote(String.valueOf(s.delimiter)));
            }
            y.append("}\n");
        }
        Set<String> blanks = new LinkedHashSet<>();
        blanks.add("");
        blanks.addAll(nullWords);
        y.append("defaults:\n");
        y.append("  date-formats: [").append(String.join(", ", (dateFormats.isEmpty() ? List.of("yyyy-MM-dd")
                : dateFormats).stream().map(GuessText::quote).toList())).append("]\n");
        y.append("  blank-values: [").append(String.join(", ", blanks.stream().map(GuessText::quote).toList()))
                .append("]\n");
        y.append("record:\n  source: ").append(names.get(record)).append('\n');
        if (key != null) {
            y.append("  key: ").append(GuessText.quote(key.header)).append('\n');
        }
        y.append("  fields:\n").append(fields);
        if (lists.length() > 0) {
            y.append("  lists:\n").append(lists);
        }
        if (!unused.isEmpty()) {
            y.append("# columns not matched to any field:\n");
            unused.forEach(u -> y.append("#   ").append(u).append('\n'));
        }
        notes.forEach(n -> y.append("# ").append(n).append('\n'));
        return y.toString();
    }

    private static String missing(Target.Part part, Set<Target> present, String indent) {
        List<String> need = REQUIRED_IN_ITEM.get(part).stream().filter(t -> !present.contains(t))
                .map(Target::fieldName).toList();
        return need.isEmpty() ? "" : indent + "# each item also needs " + String.join(", ", need)
                + " (a column, or {constant: ...})\n";
    }

    private static String field(String indent, Guess g) {
        StringBuilder b = new StringBuilder(indent).append(g.target.fieldName()).append(": ")
                .append(GuessText.quote(g.column.header)).append('\n');
        for (String n : g.notes) {
            b.append(indent).append("# ").append(n).append('\n');
        }
        return b.toString();
    }

    /** Adds the notes a column's values call for: unrecognised local codes, date formats, yes/no words. */
    private Guess check(Guess g, boolean byValues) {
        if (byValues) {
            g.notes.add("matched by its values (the header did not name a field)");
        }
        SourceSample.Column c = g.column;
        switch (g.target.kind()) {
            case CODE, CODES -> {
                CodeList<?> list = g.target.list().orElseThrow();
                List<String> unknown = c.values().stream().filter(v -> !recognised(list, v, g.target)).toList();
                if (!unknown.isEmpty()) {
                    g.notes.add("local values to map (values: {LOCAL: code}): " + shown(c, unknown));
                    g.notes.add("codes of '" + list.id() + "': " + String.join(", ", list.codes()));
                }
            }
            case DATE -> {
                if (!c.numeric && c.filled > 0) {
                    Optional<String> pattern = DATE_PATTERNS.stream().filter(p -> c.values().stream()
                            .allMatch(v -> GuessText.parses(p, v))).findFirst();
                    if (pattern.isPresent()) {
                        if (!dateFormats.contains(pattern.get())) {
                            dateFormats.add(pattern.get());
                        }
                    } else {
                        g.notes.add("dates in a format not recognised: give this field its date-formats");
                    }
                }
            }
            case BOOLEAN -> {
                List<String> unknown = c.values().stream().filter(v -> Cells.parseBoolean(v).isEmpty()).toList();
                if (!unknown.isEmpty()) {
                    g.notes.add("values other than yes/no/true/false to map (values: {LOCAL: true}): "
                            + shown(c, unknown));
                }
            }
            case INTEGER -> {
                if (c.values().stream().anyMatch(v -> Cells.parseInteger(v).isEmpty())) {
                    g.notes.add("some values are not whole numbers");
                }
            }
            default -> {
            }
        }
        return g;
    }

    private static boolean recognised(CodeList<?> list, String value, Target t) {
        if (t.kind() == Target.Kind.CODES) {
            for (String part : value.split(";")) {
                if (!part.isBlank() && list.findByCode(part.trim()).isEmpty()
                        && list.findByLabel(part.trim()).isEmpty()) {
                    return false;
                }
            }
            return true;
        }
        return list.findByCode(value).isPresent() || list.findByLabel(value).isPresent();
    }

    /** A coded field of the part whose list recognises every value of the column, when exactly one does. */
    private static Optional<Target> byValues(SourceSample.Column c, Target.Part part, Set<Target> taken) {
        if (c.filled == 0 || c.overflow || c.distinct.size() > MAX_VALUES_SHOWN) {
            return Optional.empty();
        }
        List<Target> fits = Target.of(part).stream().filter(t -> t.kind() == Target.Kind.CODE)
                .filter(t -> c.values().stream().allMatch(v -> recognised(t.list().orElseThrow(), v, t))).toList();
        return fits.size() == 1 && !taken.contains(fits.get(0)) ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static String shown(SourceSample.Column c, List<String> values) {
        if (c.overflow || c.distinct.size() > MAX_VALUES_SHOWN || values.stream().anyMatch(v -> v.length() > 40)) {
            return "(more than " + MAX_VALUES_SHOWN + " distinct values, or long ones: is this column coded?)";
        }
        return String.join(", ", values);
    }

}
