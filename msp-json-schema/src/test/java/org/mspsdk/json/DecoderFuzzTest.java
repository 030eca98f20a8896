package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.mspsdk.model.SafeguardingRecord;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the decoder: whatever the bytes, the only exception is the documented {@link MspDecodeException}, and
 * whatever tolerant decoding accepts re-encodes and decodes back equal.
 *
 * <p>In the normal test run ({@code ./mvnw verify}) Jazzer runs the regression inputs in
 * {@code src/test/resources/org/mspsdk/json/DecoderFuzzTestInputs/decode/}. To fuzz for ten minutes (finds are
 * written there too), {@code scripts/fuzz.sh DecoderFuzzTest 600}, which runs:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl msp-json-schema -am test -Dtest=DecoderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=600
 * </pre>
 * Jazzer 0.24 ignores {@code -Djazzer.max_duration}: without the two {@code jazzer.internal.arg} settings a run
 * lasts the annotation's {@code maxDuration} (the script explains why they work). The other targets, fuzzed the
 * same way: {@link ValidatorFuzzTest}, {@code SacTallyFuzzTest}, {@code DeidentifierFuzzTest},
 * {@code CsvWritersFuzzTest}.
 */
class DecoderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void decode(byte[] data) {
        for (MspJson json : new MspJson[] {MspJson.strict(), MspJson.tolerant()}) {
            SafeguardingRecord r = readOrNull(json, data);
            if (r != null) {
                String again = json.write(r);
                assertThat(json.read(again)).isEqualTo(r);
            }
        }
        try (JsonLinesReader lines = MspJson.tolerant().readLines(new ByteArrayInputStream(data))) {
            while (lines.hasNext()) {
                try {
                    lines.next();
                } catch (MspDecodeException e) {
                    checkDocumented(e);
                }
            }
        }
    }

    private static SafeguardingRecord readOrNull(MspJson json, byte[] data) {
        try {
            return json.read(data);
        } catch (MspDecodeException e) {
            checkDocumented(e);
            return null;
        }
    }

    private static void checkDocumented(MspDecodeException e) {
        assertThat(e.pointer()).isNotNull();
        assertThat(e.problem()).isNotBlank();
        assertThat(e.expected()).isNotBlank();
        assertThat(e.getCause()).isNull();
    }
}
