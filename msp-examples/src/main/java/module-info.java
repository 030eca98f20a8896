/**
 * Runnable examples of the MSP SDK and the {@code msp} command-line tool.
 *
 * <p>Exports the examples; the command-line package is not exported but opened to picocli, which reads its
 * annotated commands and options by reflection.
 */
module org.mspsdk.examples {
    // transitive: the exported examples take and return core records and Bean Validation types
    requires transitive org.mspsdk.json;
    requires transitive jakarta.validation;
    requires org.mspsdk.imports;
    requires info.picocli;

    exports org.mspsdk.examples;

    opens org.mspsdk.cli to info.picocli;
}
