package org.mspsdk.dictionary;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.instrument.AnswerOption;
import org.mspsdk.instrument.AnswerScale;
import org.mspsdk.instrument.Instrument;
import org.mspsdk.instrument.InstrumentCatalogue;
import org.mspsdk.instrument.InstrumentItem;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.Vocabulary;

/**
 * The data dictionary of the SDK, generated from its own code lists and model: nothing in it is typed by hand
 * except each field's one-line meaning.
 *
 * <pre>{@code
 * DataDictionary dictionary = DataDictionary.generate();
 * for (DictionaryField f : dictionary.fields()) {
 *     System.out.println(f.form() + " " + f.path() + " " + f.type() + " " + f.codeList().orElse(""));
 * }
 * String html = DataDictionaryHtml.render(dictionary);
 * }</pre>
 */
public final class DataDictionary {

    /** The form name of the record model's fields. */
    public static final String SAFEGUARDING_RECORD = "safeguarding-record";
    /** The form name of the research form's fields. */
    public static final String RESEARCH_RECORD = "research-record";

    private final List<DictionaryField> fields;
    private final List<DictionaryCode> codes;
    private final List<String> missingDescriptions;

    private DataDictionary(List<DictionaryField> fields, List<DictionaryCode> codes, List<String> missing) {
        this.fields = List.copyOf(fields);
        this.codes = List.copyOf(codes);
        this.missingDescriptions = List.copyOf(missing);
    }

    /**
     * Generates the dictionary of the record model, the research form, every code list in
     * {@link Vocabulary#all()}, the research-only lists and the built-in questionnaire answer scales.
     *
     * @return the dictionary
     */
    public static DataDictionary generate() {
        Walker walker = new Walker();
        walker.walk(SAFEGUARDING_RECORD, SafeguardingRecord.class, "");
        walker.walk(RESEARCH_RECORD, ResearchRecord.class, "");
        List<DictionaryCode> codes = new ArrayList<>();
        for (CodeList<?> list : Vocabulary.all()) {
            for (Code c : list.entries()) {
                codes.add(new DictionaryCode(list.id(), list.title(), list.isSacDefined() ? "sac" : "sdk", c.code(),
                        c.label(), list.sacTable(), list.guidanceVersion()));
            }
        }
        walker.localLists.add(ResearchTreatment.class);
        for (Class<?> type : walker.localLists) {
            for (Object constant : type.getEnumConstants()) {
                Code c = (Code) constant;
                codes.add(new DictionaryCode(localListId(type), humanise(type.getSimpleName()), "research", c.code(),
                        c.label(), Optional.empty(), ResearchRecord.FORMAT_VERSION));
            }
        }
        Set<String> scales = new LinkedHashSet<>();
        for (Instrument instrument : InstrumentCatalogue.builtIn().instruments()) {
            for (InstrumentItem item : instrument.items()) {
                if (item.scale().isPresent() && scales.add(item.scale().get().id())) {
                    AnswerScale scale = item.scale().get();
                    for (AnswerOption o : scale.options()) {
                        codes.add(new DictionaryCode("answer-scale:" + scale.id(), "Answer scale " + scale.id(),
                                "instrument", o.code(), o.label(), Optional.empty(), instrument.version()));
                    }
                }
            }
        }
        return new DataDictionary(walker.fields, codes, walker.missing);
    }

    /** @return every field of both forms, the record model first, each in declaration order, depth first */
    public List<DictionaryField> fields() {
        return fields;
    }

    /**
     * @param form {@link #SAFEGUARDING_RECORD} or {@link #RESEARCH_RECORD}
     * @return the fields of that form
     */
    public List<DictionaryField> fields(String form) {
        return fields.stream().filter(f -> f.form().equals(form)).toList();
    }

    /** @return every code of every list, lists in registry order, codes in published order */
    public List<DictionaryCode> codes() {
        return codes;
    }

    /** @return the code lists, by id in order, each with its codes */
    public Map<String, List<DictionaryCode>> codesByList() {
        Map<String, List<DictionaryCode>> out = new LinkedHashMap<>();
        for (DictionaryCode c : codes) {
            out.computeIfAbsent(c.listId(), k -> new ArrayList<>()).add(c);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    /** @return the SAC guidance year the SAC lists follow */
    public String sacGuidanceVersion() {
        return Vocabulary.SAC_GUIDANCE_VERSION;
    }

    /** @return the SDK vocabulary version */
    public String sdkVocabularyVersion() {
        return Vocabulary.SDK_VOCABULARY_VERSION;
    }

    /** @return the research form version */
    public String researchFormatVersion() {
        return ResearchRecord.FORMAT_VERSION;
    }

    /**
     * @return the {@code RecordType.component} keys of fields that have no description (empty when the
     *     dictionary is complete; a test keeps it so)
     */
    public List<String> missingDescriptions() {
        return missingDescriptions;
    }

    static String localListId(Class<?> type) {
        return "research-" + humanise(type.getSimpleName()).toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String humanise(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.charAt(0) + spaced.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Walks record components depth first; a record with a single component named {@code value} (such as
     * {@link org.mspsdk.model.NhsNumber}) is read as a scalar of that component's type.
     */
    private static final class Walker {
        final List<DictionaryField> fields = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        final Set<Class<?>> localLists = new LinkedHashSet<>();

        void walk(String form, Class<?> recordType, String prefix) {
            for (RecordComponent rc : recordType.getRecordComponents()) {
                String key = recordType.getSimpleName() + "." + rc.getName();
                Type type = rc.getGenericType();
                boolean required = true;
                if (raw(type) == Optional.class) {
                    type = argument(type, 0);
                    required = false;
                }
                String collection = "";
                if (raw(type) == List.class) {
                    collection = "list of ";
                    type = argument(type, 0);
                } else if (raw(type) == Set.class) {
                    collection = "set of ";
                    type = argument(type, 0);
                }
                Class<?> element = raw(type);
                if (isValueWrapper(element)) {
                    type = element.getRecordComponents()[0].getGenericType();
                    element = raw(type);
                }
                String path = prefix + rc.getName() + (collection.isEmpty() ? "" : "[]");
                Optional<String> listId = Optional.empty();
                Optional<String> version = Optional.empty();
                Set<String> tables = new LinkedHashSet<>();
                if (element.isEnum() && Code.class.isAssignableFrom(element)) {
                    Class<?> codeType = element;
                    Optional<CodeList<?>> registered = Vocabulary.all().stream().filter(l -> l.type() == codeType)
                            .findFirst();
                    if (registered.isPresent()) {
                        listId = Optional.of(registered.get().id());
                        version = Optional.of(registered.get().guidanceVersion());
                        registered.get().sacTable().ifPresent(tables::add);
                    } else {
                        localLists.add(element);
                        listId = Optional.of(localListId(element));
                        version = Optional.of(ResearchRecord.FORMAT_VERSION);
                    }
                }
                Optional<FieldDocs.Doc> doc = FieldDocs.find(key);
                if (doc.isEmpty()) {
                    missing.add(key);
                }
                doc.ifPresent(d -> d.sacTables().forEach(t -> tables.add(t.reference())));
                Optional<ResearchTreatment> treatment = form.equals(SAFEGUARDING_RECORD)
                        ? Optional.of(doc.flatMap(FieldDocs.Doc::treatment).orElse(ResearchTreatment.KEPT))
                        : Optional.empty();
                fields.add(new DictionaryField(form, path, collection + typeName(element, type), required,
                        doc.map(FieldDocs.Doc::description).orElse(""), listId, List.copyOf(tables), version,
                        treatment));
                if (element.isRecord()) {
                    walk(form, element, path + ".");
                }
            }
        }

        /** A record with one component named {@code value} (such as an NHS number) is a scalar of its type. */
        static boolean isValueWrapper(Class<?> type) {
            return type.isRecord() && type.getRecordComponents().length == 1
                    && type.getRecordComponents()[0].getName().equals("value");
        }

        private static String typeName(Class<?> element, Type type) {
            if (element == String.class) {
                return "text";
            }
            if (element == LocalDate.class) {
                return "date";
            }
            if (element == Integer.class || element == int.class) {
                return "integer";
            }
            if (element == Boolean.class || element == boolean.class) {
                return "boolean";
            }
            if (element.isEnum() && Code.class.isAssignableFrom(element)) {
                return "code";
            }
            if (element.isRecord()) {
                return "object";
            }
            if (element == Map.class) {
                return "map of " + typeName(raw(argument(type, 0)), argument(type, 0)) + " to "
                        + typeName(raw(argument(type, 1)), argument(type, 1));
            }
            throw new IllegalStateException("no dictionary type for " + element.getName());
        }

        private static Class<?> raw(Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p) {
                return (Class<?>) p.getRawType();
            }
            throw new IllegalStateException("unsupported type " + type);
        }

        private static Type argument(Type type, int index) {
            return ((ParameterizedType) type).getActualTypeArguments()[index];
        }
    }
}
