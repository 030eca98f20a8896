package org.mspsdk.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.research.ResearchRecord;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeList;
import org.mspsdk.vocabulary.Vocabulary;

class DataDictionaryTest {

    private final DataDictionary dictionary = DataDictionary.generate();

    @Test
    void everyFieldHasADescription() {
        assertThat(dictionary.missingDescriptions()).isEmpty();
        assertThat(dictionary.fields()).allSatisfy(f -> assertThat(f.description()).as(f.path()).isNotBlank());
    }

    @Test
    void everyComponentOfTheModelAndTheResearchFormIsAField() {
        assertThat(paths(dictionary.fields(DataDictionary.SAFEGUARDING_RECORD)))
                .containsExactlyInAnyOrderElementsOf(componentPaths(SafeguardingRecord.class, ""));
        assertThat(paths(dictionary.fields(DataDictionary.RESEARCH_RECORD)))
                .containsExactlyInAnyOrderElementsOf(componentPaths(ResearchRecord.class, ""));
        assertThat(paths(dictionary.fields(DataDictionary.SAFEGUARDING_RECORD)))
                .contains("adult.nhsNumber", "enquiry.riskItems[].source", "outcomes.negotiatedOutcomes[].revisions[].wording",
                        "questionnaires[].answers[].text");
    }

    @Test
    void everyCodeOfEveryVocabularyListIsListedWithItsLabelTableAndVersion() {
        for (CodeList<?> list : Vocabulary.all()) {
            List<DictionaryCode> listed = dictionary.codesByList().get(list.id());
            assertThat(listed).as(list.id()).isNotNull();
            assertThat(listed).extracting(DictionaryCode::code).containsExactlyElementsOf(list.codes());
            assertThat(listed).extracting(DictionaryCode::label)
                    .containsExactlyElementsOf(list.codeToLabel().values());
            assertThat(listed).allSatisfy(c -> {
                assertThat(c.sacTable()).isEqualTo(list.sacTable());
                assertThat(c.version()).isEqualTo(list.guidanceVersion());
                assertThat(c.source()).isEqualTo(list.isSacDefined() ? "sac" : "sdk");
            });
        }
    }

    @Test
    void everyCodedFieldNamesAListThatTheDictionaryHasAndSacListsCarryTheirTable() {
        for (DictionaryField f : dictionary.fields()) {
            if (f.type().endsWith("code")) {
                assertThat(f.codeList()).as(f.path()).isPresent();
                assertThat(dictionary.codesByList()).as(f.path()).containsKey(f.codeList().get());
                assertThat(f.vocabularyVersion()).as(f.path()).isPresent();
            } else {
                assertThat(f.codeList()).as(f.path()).isEmpty();
            }
        }
        DictionaryField asked = field(DataDictionary.SAFEGUARDING_RECORD, "outcomes.asked");
        assertThat(asked.codeList()).contains("sg4a-asked");
        assertThat(asked.sacTables()).containsExactly("SG4a");
        assertThat(asked.vocabularyVersion()).contains(Vocabulary.SAC_GUIDANCE_VERSION);
        assertThat(field(DataDictionary.RESEARCH_RECORD, "person.fiveYearAgeBand").codeList())
                .contains("research-five-year-age-band");
        assertThat(field(DataDictionary.RESEARCH_RECORD, "enquiry.riskItems[].type").sacTables())
                .containsExactly("SG2a");
    }

    @Test
    void theRecordModelSaysWhatTheResearchExportDoesWithEachField() {
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "adult.personId").researchTreatment())
                .contains(ResearchTreatment.PSEUDONYMISED);
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "adult.nhsNumber").researchTreatment())
                .contains(ResearchTreatment.REMOVED);
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "notes").researchTreatment())
                .contains(ResearchTreatment.REMOVED);
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "outcomes.desiredOutcomes[].wording").researchTreatment())
                .contains(ResearchTreatment.REMOVED);
        assertThat(dictionary.fields(DataDictionary.RESEARCH_RECORD))
                .allSatisfy(f -> assertThat(f.researchTreatment()).isEmpty());
    }

    @Test
    void typesAreReadFromTheModel() {
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "concern.receivedOn").type()).isEqualTo("date");
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "enquiry.riskItems[]").type()).isEqualTo("list of object");
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "enquiry.consent.reasons[]").type()).isEqualTo("set of code");
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "extensions").type()).isEqualTo("map of text to text");
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "adult.dateOfDeath").required()).isFalse();
        assertThat(field(DataDictionary.RESEARCH_RECORD, "person.yearOfDeath").type()).isEqualTo("integer");
        assertThat(field(DataDictionary.SAFEGUARDING_RECORD, "adult.nhsNumber").type()).isEqualTo("text");
    }

    @Test
    void theHtmlPageHasEveryFieldAndCodeAndNoExternalReference() {
        String html = DataDictionaryHtml.render(dictionary);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script")
                .doesNotContain("<link").doesNotContain("<img").doesNotContain("@import").doesNotContain("url(")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
        Matcher refs = Pattern.compile("(?i)\\b(?:href|src|action|srcset|data)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        int internal = 0;
        while (refs.find()) {
            assertThat(refs.group(1)).as("every reference stays inside the page").startsWith("#");
            internal++;
        }
        assertThat(internal).isGreaterThan(50);
        for (DictionaryField f : dictionary.fields()) {
            assertThat(html).contains("<code>" + DataDictionaryHtml.esc(f.path()) + "</code>");
        }
        for (DictionaryCode c : dictionary.codes()) {
            assertThat(html).contains("<code>" + DataDictionaryHtml.esc(c.code()) + "</code></td><td>"
                    + DataDictionaryHtml.esc(c.label()) + "</td>");
        }
        Matcher anchors = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (anchors.find()) {
            assertThat(html).as("anchor target exists").contains("id=\"" + anchors.group(1) + "\"");
        }
    }

    @Test
    void htmlEscapesTheSignificantCharacters() {
        assertThat(DataDictionaryHtml.esc("Don't <b>&\"")).isEqualTo("Don&#39;t &lt;b&gt;&amp;&quot;");
        assertThat(DataDictionaryHtml.render(dictionary)).contains("Don&#39;t Know");
    }

    private DictionaryField field(String form, String path) {
        return dictionary.fields(form).stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow(
                () -> new AssertionError("no field " + path));
    }

    private static List<String> paths(List<DictionaryField> fields) {
        return fields.stream().map(DictionaryField::path).toList();
    }

    /** An independent walk of the model: every record component reachable, with [] for collections. */
    private static Set<String> componentPaths(Class<?> type, String prefix) {
        Set<String> out = new HashSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            List<Class<?>> classes = new ArrayList<>();
            boolean collection = collect(rc.getGenericType(), classes);
            String path = prefix + rc.getName() + (collection ? "[]" : "");
            out.add(path);
            for (Class<?> c : classes) {
                boolean valueWrapper = c.isRecord() && c.getRecordComponents().length == 1
                        && c.getRecordComponents()[0].getName().equals("value");
                if (c.isRecord() && !valueWrapper) {
                    out.addAll(componentPaths(c, path + "."));
                }
                assertThat(c.isEnum() && !Code.class.isAssignableFrom(c)).as(path + " enum without codes").isFalse();
            }
        }
        return out;
    }

    private static boolean collect(Type t, List<Class<?>> classes) {
        if (t instanceof Class<?> c) {
            classes.add(c);
            return false;
        }
        ParameterizedType p = (ParameterizedType) t;
        Class<?> raw = (Class<?>) p.getRawType();
        boolean collection = List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw);
        boolean inner = false;
        for (Type a : p.getActualTypeArguments()) {
            inner |= collect(a, classes);
        }
        return collection || inner;
    }
}
