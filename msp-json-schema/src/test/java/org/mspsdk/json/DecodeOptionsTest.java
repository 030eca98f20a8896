package org.mspsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;

class DecodeOptionsTest {

    @Test
    void defaultsAreStrictWithTheDocumentedLimits() {
        DecodeOptions d = DecodeOptions.defaults();
        assertThat(d.mode()).isEqualTo(DecodeOptions.Mode.STRICT);
        assertThat(d.isStrict()).isTrue();
        assertThat(d.maxDocumentLength()).isEqualTo(4L * 1024 * 1024);
        assertThat(d.maxStringLength()).isEqualTo(100_000);
        assertThat(d.maxNestingDepth()).isEqualTo(32);
        assertThat(d.maxNumberLength()).isEqualTo(20);
        assertThat(d.maxNameLength()).isEqualTo(256);
        assertThat(d.maxArrayItems()).isEqualTo(10_000);
        assertThat(d.maxTokenCount()).isEqualTo(1_000_000L);
        assertThat(DecodeOptions.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    }

    @Test
    void theCodecsUseTheDefaultsAndTheTolerantMode() {
        assertThat(MspJson.strict().options()).isEqualTo(DecodeOptions.defaults());
        assertThat(MspJson.tolerant().options())
                .isEqualTo(DecodeOptions.builder().mode(DecodeOptions.Mode.TOLERANT).build());
    }

    @Test
    void rebuildChangesOnlyWhatIsSetAndLeavesTheOriginalAlone() {
        DecodeOptions tolerant = DecodeOptions.builder().mode(DecodeOptions.Mode.TOLERANT).maxArrayItems(5).build();
        DecodeOptions changed = tolerant.rebuild().maxDocumentLength(100).maxNameLength(7).maxTokenCount(9)
                .maxStringLength(11).maxNestingDepth(3).maxNumberLength(4).build();
        assertThat(changed.mode()).isEqualTo(DecodeOptions.Mode.TOLERANT);
        assertThat(changed.maxArrayItems()).isEqualTo(5);
        assertThat(changed.maxDocumentLength()).isEqualTo(100);
        assertThat(changed.maxNameLength()).isEqualTo(7);
        assertThat(changed.maxTokenCount()).isEqualTo(9);
        assertThat(changed.maxStringLength()).isEqualTo(11);
        assertThat(changed.maxNestingDepth()).isEqualTo(3);
        assertThat(changed.maxNumberLength()).isEqualTo(4);
        assertThat(tolerant.maxDocumentLength()).isEqualTo(DecodeOptions.DEFAULT_MAX_DOCUMENT_LENGTH);
        assertThat(tolerant.rebuild().build()).isEqualTo(tolerant).isNotEqualTo(changed);
    }

    @Test
    void aLimitMustBePositiveAndTheModeIsRequired() {
        assertThatThrownBy(() -> DecodeOptions.builder().maxArrayItems(0))
                .isInstanceOf(MspException.class).hasMessageContaining("maxArrayItems must be positive");
        assertThatThrownBy(() -> DecodeOptions.defaults().rebuild().maxDocumentLength(-1))
                .isInstanceOf(MspException.class).hasMessageContaining("maxDocumentLength must be positive");
        assertThatThrownBy(() -> DecodeOptions.builder().mode(null))
                .isInstanceOf(MspException.class).hasMessageContaining("mode is required");
    }

    @Test
    void toStringNamesEveryLimit() {
        assertThat(DecodeOptions.defaults().toString()).isEqualTo("DecodeOptions[mode=STRICT, "
                + "maxDocumentLength=4194304, maxStringLength=100000, maxNestingDepth=32, maxNumberLength=20, "
                + "maxNameLength=256, maxArrayItems=10000, maxTokenCount=1000000, maxUnknownProperties=1000, "
                + "maxUnknownLength=1048576]");
    }
}
