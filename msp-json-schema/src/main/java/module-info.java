/**
 * The MSP JSON wire format (Jackson 3), JSON Lines streaming, CSV and JSON writers for returns and research
 * exports, and the published JSON Schema (2020-12) with its validator (networknt).
 *
 * <p>{@code org.mspsdk.json.internal} is not exported. The core module and Jackson's databind are read
 * transitively: the codec returns core records, and {@link org.mspsdk.json.MspModule} is a Jackson module.
 *
 * <pre>{@code
 * module com.example.casework {
 *     requires org.mspsdk.json; // reads org.mspsdk.core too
 * }
 * }</pre>
 */
module org.mspsdk.json {
    requires transitive org.mspsdk.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires com.networknt.schema;

    exports org.mspsdk.json;
    exports org.mspsdk.research.io;
    exports org.mspsdk.returns.io;
    exports org.mspsdk.schema;
}
