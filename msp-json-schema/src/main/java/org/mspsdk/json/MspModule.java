package org.mspsdk.json;

import org.mspsdk.MspException;
import org.mspsdk.json.internal.BoundedJson;
import org.mspsdk.model.SafeguardingRecord;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes {@link SafeguardingRecord} in the MSP wire format inside your own
 * {@code JsonMapper}, for example as a field of your own message type. It uses the same hand-written binding as
 * {@link MspJson}: the same property names, codes, dates, version check, strict or tolerant handling of unknown
 * properties and array limit. The parse limits (nesting, string length...) are those of your mapper; set them
 * with {@code StreamReadConstraints}. Decode errors are {@link MspDatabindException}s, Jackson exceptions that a
 * framework answers as bad input (Spring: 400), with the SDK's safe message and a pointer relative to the record
 * object; {@link MspDatabindException#decodeError()} gives the {@link MspDecodeException}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MspModule()).build();
 * SafeguardingRecord r = mapper.readValue(json, SafeguardingRecord.class);
 * }</pre>
 */
public final class MspModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module with strict decoding. */
    public MspModule() {
        this(DecodeOptions.defaults());
    }

    /**
     * @param options the decoding mode and the array limit
     */
    public MspModule(DecodeOptions options) {
        super("msp-json", Version.unknownVersion());
        if (options == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "options is required but was missing");
        }
        JsonFactory factory = BoundedJson.factory(options);
        addSerializer(SafeguardingRecord.class, new RecordSerializer(factory));
        addDeserializer(SafeguardingRecord.class, new RecordDeserializer(options, factory));
    }

    private static final class RecordSerializer extends ValueSerializer<SafeguardingRecord> {
        private final JsonFactory factory;

        RecordSerializer(JsonFactory factory) {
            this.factory = factory;
        }

        @Override
        public void serialize(SafeguardingRecord value, JsonGenerator gen, SerializationContext ctxt) {
            RecordEncoder.encode(factory, gen, value);
        }
    }

    private static final class RecordDeserializer extends ValueDeserializer<SafeguardingRecord> {
        private final DecodeOptions options;
        private final JsonFactory factory;

        RecordDeserializer(DecodeOptions options, JsonFactory factory) {
            this.options = options;
            this.factory = factory;
        }

        @Override
        public SafeguardingRecord deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return RecordDecoder.decodeValue(options, factory, p);
            } catch (MspDecodeException e) {
                throw new MspDatabindException(p, e);
            }
        }
    }
}
