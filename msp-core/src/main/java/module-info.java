/**
 * The MSP SDK core: vocabulary, domain model, questionnaires, validation, the SAC return and the MSP measures,
 * with no dependency at run time.
 *
 * <p>Every package but {@code org.mspsdk.internal} is exported. Jakarta Bean Validation is optional
 * ({@code requires static}): only the {@code @ValidSafeguardingRecord} bridge reads it, and a module that uses
 * the bridge requires {@code jakarta.validation} itself. The bridge's validator is registered in
 * {@code META-INF/services}, which a provider reads on the class path. It is deliberately not a
 * {@code provides} clause here: the module system refuses to resolve a module that provides a service of a
 * module it does not read, so every consumer would have to add {@code jakarta.validation}. On the module path,
 * register {@code SafeguardingRecordConstraintValidator} with the provider (for example Hibernate Validator's
 * {@code ConstraintMapping}), or use {@code org.mspsdk.validation.Validator} directly.
 *
 * <pre>{@code
 * module com.example.casework {
 *     requires org.mspsdk.core;
 * }
 * }</pre>
 */
module org.mspsdk.core {
    // optional: not transitive, for "requires static transitive" would make every module that reads this one
    // need jakarta.validation to compile; a module that uses the bridge requires jakarta.validation itself
    requires static jakarta.validation;

    exports org.mspsdk;
    exports org.mspsdk.constraint;
    exports org.mspsdk.dictionary;
    exports org.mspsdk.instrument;
    exports org.mspsdk.model;
    exports org.mspsdk.partnership;
    exports org.mspsdk.report;
    exports org.mspsdk.research;
    exports org.mspsdk.returns;
    exports org.mspsdk.synthetic;
    exports org.mspsdk.validation;
    exports org.mspsdk.validation.jakarta;
    exports org.mspsdk.vocabulary;
}
