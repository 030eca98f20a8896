package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/**
 * Issue 17, finding 5: a malformed line that puts a value where a property name belongs must not print the value
 * in the pointer. A pointer shows a property name only when it is a name of the wire format.
 */
class ValueInNamePositionTest {

    @Test
    void aRecordIdInTheNamePositionIsNotPrinted() {
        String line = "{\"mspVersion\":\"1.0\",\"SYN-E08000099-00000001\",\"adult\":{}}";
        for (MspJson json : List.of(MspJson.strict(), MspJson.tolerant())) {
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> json.read(line));
            assertThat(e.pointer()).isEqualTo("/(unknown-property)");
            assertThat(e.problem()).isEqualTo("the document is not well-formed JSON");
            assertThat(e.getMessage()).doesNotContain("SYN").doesNotContain("E08000099");
        }
    }

    @Test
    void aPersonIdInTheNamePositionOfTheAdultIsNotPrinted() {
        String line = "{\"mspVersion\":\"1.0\",\"recordId\":\"R1\",\"adult\":{\"SYN-P-612578211\"}}";
        for (MspJson json : List.of(MspJson.strict(), MspJson.tolerant())) {
            MspDecodeException e = catchThrowableOfType(MspDecodeException.class,
                    () -> json.read(line.getBytes(StandardCharsets.UTF_8)));
            assertThat(e.pointer()).isEqualTo("/adult/(unknown-property)");
            assertThat(e.getMessage()).doesNotContain("612578211");
        }
    }

    @Test
    void aNameMadeOfDigitsIsNotMistakenForAnArrayIndex() {
        String line = "{\"mspVersion\":\"1.0\",\"612578211\":1}";
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.strict().read(line));
        assertThat(e.pointer()).isEqualTo("/(name-not-shown)");
        String malformed = "{\"organisations\":[{\"612578211\" 1}]}";
        MspDecodeException m = catchThrowableOfType(MspDecodeException.class,
                () -> MspJson.strict().read(malformed));
        assertThat(m.pointer()).isEqualTo("/organisations/0/(name-not-shown)");
        assertThat(m.getMessage()).doesNotContain("612578211");
    }

    @Test
    void theNamesOfTheWireFormatAreStillShown() {
        String line = "{\"mspVersion\":\"1.0\",\"recordId\":\"R1\",\"adult\":{\"personId\" \"P\"}}";
        MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> MspJson.strict().read(line));
        assertThat(e.pointer()).isEqualTo("/adult/personId");
    }

    /**
     * Every string value of synthetic records, moved in turn into the name position (its property name deleted),
     * is absent from the message, in both modes and through a JSON Lines reader.
     */
    @Test
    void noValueMovedIntoANamePositionIsEverPrinted() {
        int checked = 0;
        for (SafeguardingRecord record : new SyntheticDataGenerator(17).records(6)) {
            String doc = MspJson.strict().write(record);
            Matcher m = Pattern.compile("\"([A-Za-z]+)\":(\"[^\"]*\")").matcher(doc);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.start(2)});
            }
            for (int[] span : spans) {
                String value = doc.substring(span[1] + 1, doc.indexOf('"', span[1] + 1));
                // codes (lower-case words such as "known") are the format's vocabulary, and may be words of a
                // message; ids, dates and free text are what must never appear
                if (value.length() < 4 || WireNames.isWireName(value) || value.matches("[a-z0-9_]+")) {
                    continue;
                }
                String mutated = doc.substring(0, span[0]) + doc.substring(span[1]);
                for (MspJson json : List.of(MspJson.strict(), MspJson.tolerant())) {
                    MspDecodeException e = catchThrowableOfType(MspDecodeException.class, () -> json.read(mutated));
                    assertThat(e).as("a value where a name belongs is an error").isNotNull();
                    assertThat(e.getMessage()).doesNotContain(value);
                    try (JsonLinesReader lines = json.readLines(new ByteArrayInputStream(
                            ("\n" + mutated + "\n").getBytes(StandardCharsets.UTF_8)))) {
                        while (lines.hasNext()) {
                            MspDecodeException l = catchThrowableOfType(MspDecodeException.class, lines::next);
                            if (l != null) {
                                assertThat(l.getMessage()).doesNotContain(value);
                            }
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
