package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.networknt.schema.SchemaRegistry;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mspsdk.MspException;
import org.mspsdk.cli.Msp;
import org.mspsdk.json.MspJson;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * The SDK as a consumer on the module path sees it: small consumer modules are compiled with
 * {@link JavaCompiler} against the SDK's modules (and Jackson's and networknt's, which resolve as named
 * modules too), then run in a child JVM with {@code --module-path}. The API packages can be used; an internal
 * package cannot even be imported. The {@code msp} tool runs from the examples module as well. The rest of the
 * test suite runs on the class path (see the parent pom).
 */
class ModulePathConsumerTest {

    /** Builds a concluded section 42 record: shared by both consumers (each module has its own copy). */
    private static final String RECORDS = """
            package %s;

            import java.time.LocalDate;
            import org.mspsdk.model.AdultAtRisk;
            import org.mspsdk.model.Concern;
            import org.mspsdk.model.Enquiry;
            import org.mspsdk.model.OrganisationInvolvement;
            import org.mspsdk.model.RiskItem;
            import org.mspsdk.model.S42Criteria;
            import org.mspsdk.model.SafeguardingRecord;
            import org.mspsdk.vocabulary.ConcernOutcome;
            import org.mspsdk.vocabulary.ConcernSource;
            import org.mspsdk.vocabulary.EnquiryResult;
            import org.mspsdk.vocabulary.EnquiryType;
            import org.mspsdk.vocabulary.LocationOfRisk;
            import org.mspsdk.vocabulary.OrganisationRole;
            import org.mspsdk.vocabulary.OrganisationType;
            import org.mspsdk.vocabulary.RiskOutcome;
            import org.mspsdk.vocabulary.SourceOfRisk;
            import org.mspsdk.vocabulary.TypeOfRisk;

            final class Records {
                private Records() {
                }

                static SafeguardingRecord concluded() {
                    LocalDate commenced = LocalDate.of(2025, 6, 4);
                    return SafeguardingRecord.builder()
                            .recordId("R-1")
                            .adult(AdultAtRisk.builder("P-1").dateOfBirth(LocalDate.of(1941, 5, 2)).build())
                            .addOrganisation(OrganisationInvolvement.of("E08000001", OrganisationType.LOCAL_AUTHORITY,
                                    OrganisationRole.LEAD_COUNCIL))
                            .concern(Concern.received(LocalDate.of(2025, 6, 2), ConcernSource.FAMILY)
                                    .decided(ConcernOutcome.S42_ENQUIRY))
                            .enquiry(Enquiry.builder(EnquiryType.S42, commenced)
                                    .s42Criteria(S42Criteria.allMet())
                                    .addRiskItem(RiskItem.of(TypeOfRisk.NEGLECT, LocationOfRisk.OWN_HOME,
                                            SourceOfRisk.KNOWN))
                                    .concludedOn(LocalDate.of(2025, 8, 20))
                                    .result(EnquiryResult.RISK_IDENTIFIED_ACTION)
                                    .riskOutcome(RiskOutcome.REDUCED)
                                    .build())
                            .build();
                }
            }
            """;

    private static final String CORE_CONSUMER_MODULE = """
            module com.example.casework {
                requires org.mspsdk.core;
            }
            """;

    private static final String CORE_CONSUMER_MAIN = """
            package com.example.casework;

            import org.mspsdk.model.SafeguardingRecord;
            import org.mspsdk.validation.Profile;
            import org.mspsdk.validation.ValidationReport;
            import org.mspsdk.validation.Validator;
            import org.mspsdk.vocabulary.SourceOfRisk;
            import org.mspsdk.vocabulary.TypeOfRisk;

            public final class Main {
                public static void main(String[] args) {
                    SafeguardingRecord record = Records.concluded();
                    ValidationReport report = Validator.of(Profile.IN_PROGRESS).validate(record);
                    System.out.println("valid=" + report.isValid() + " errors=" + report.errors());
                    System.out.println("parsed=" + TypeOfRisk.LIST.parse("Neglect").code());
                    System.out.println("tables=" + SourceOfRisk.LIST.sacTables());
                    System.out.println("module=" + Main.class.getModule().getName()
                            + " reads=" + SafeguardingRecord.class.getModule().getName());
                }
            }
            """;

    private static final String JSON_CONSUMER_MODULE = """
            module com.example.exchange {
                requires org.mspsdk.json;
            }
            """;

    private static final String JSON_CONSUMER_MAIN = """
            package com.example.exchange;

            import org.mspsdk.json.MspJson;
            import org.mspsdk.model.SafeguardingRecord;
            import org.mspsdk.schema.SchemaValidator;
            import org.mspsdk.validation.Profile;
            import org.mspsdk.validation.Validator;

            public final class Main {
                public static void main(String[] args) {
                    SafeguardingRecord record = Records.concluded();
                    String json = MspJson.strict().write(record);
                    SafeguardingRecord back = MspJson.strict().read(json);
                    System.out.println("roundTrip=" + back.equals(record));
                    System.out.println("schemaFindings=" + SchemaValidator.forRecords().validate(json));
                    System.out.println("valid=" + Validator.of(Profile.IN_PROGRESS).validate(back).isValid());
                    System.out.println("module=" + Main.class.getModule().getName()
                            + " reads=" + MspJson.class.getModule().getName());
                }
            }
            """;

    private static final String INTERNAL_CONSUMER_MODULE = """
            module com.example.sneaky {
                requires org.mspsdk.json;
            }
            """;

    private static final String INTERNAL_CONSUMER_MAIN = """
            package com.example.sneaky;

            import org.mspsdk.internal.Checks;
            import org.mspsdk.json.internal.SafeText;
            import org.mspsdk.model.SafeguardingRecord;

            public final class Main {
                public static void main(String[] args) {
                    System.out.println(Checks.class + " " + SafeText.class + " " + SafeguardingRecord.class);
                }
            }
            """;

    private static List<Path> sdkModulePath;

    @TempDir
    Path dir;

    /**
     * The SDK's two library modules and their dependencies, located by the code source of a class each holds
     * (a jar, or a classes folder in the reactor).
     */
    @BeforeAll
    static void locateModules() {
        sdkModulePath = List.of(MspException.class, MspJson.class, ObjectMapper.class, JsonFactory.class,
                JsonCreator.class, CsvMapper.class, SchemaRegistry.class, LoggerFactory.class).stream()
                .map(ModulePathConsumerTest::codeSource).distinct().toList();
    }

    @Test
    void theLibraryModulesAndTheirDependenciesResolveAsNamedModules() {
        Configuration resolved = Configuration.resolve(ModuleFinder.of(sdkModulePath.toArray(Path[]::new)),
                List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(), Set.of("org.mspsdk.json"));
        Map<String, Boolean> automatic = resolved.modules().stream().collect(Collectors.toMap(ResolvedModule::name,
                m -> m.reference().descriptor().isAutomatic()));
        assertThat(automatic).containsOnlyKeys("org.mspsdk.core", "org.mspsdk.json", "tools.jackson.core",
                "tools.jackson.databind", "com.fasterxml.jackson.annotation", "tools.jackson.dataformat.csv",
                "com.networknt.schema", "org.slf4j");
        assertThat(automatic).as("every module has its own descriptor").doesNotContainValue(true);
    }

    @Test
    void theCoreModuleExportsItsApiPackagesAndNotItsInternalOne() {
        ModuleDescriptorView core = ModuleDescriptorView.of(sdkModulePath, "org.mspsdk.core");
        assertThat(core.exports()).contains("org.mspsdk", "org.mspsdk.model", "org.mspsdk.vocabulary",
                "org.mspsdk.validation", "org.mspsdk.returns", "org.mspsdk.dictionary")
                .doesNotContain("org.mspsdk.internal");
        assertThat(core.packages()).contains("org.mspsdk.internal");
        ModuleDescriptorView json = ModuleDescriptorView.of(sdkModulePath, "org.mspsdk.json");
        assertThat(json.exports()).contains("org.mspsdk.json", "org.mspsdk.schema")
                .doesNotContain("org.mspsdk.json.internal");
        assertThat(json.packages()).contains("org.mspsdk.json.internal");
    }

    @Test
    void aConsumerRequiringTheCoreModuleCompilesAndRuns() throws IOException, InterruptedException {
        Path classes = compileOk("com.example.casework", CORE_CONSUMER_MODULE, CORE_CONSUMER_MAIN);
        Run run = run(classes, "com.example.casework/com.example.casework.Main");
        assertThat(run.stderr()).as(run.toString()).isEmpty();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.stdout().lines()).containsExactly(
                "valid=true errors=[]",
                "parsed=neglect",
                "tables=[SG2A, SG2B]",
                "module=com.example.casework reads=org.mspsdk.core");
    }

    @Test
    void aConsumerRequiringTheJsonModuleReadsTheCoreTransitivelyAndRuns() throws IOException, InterruptedException {
        Path classes = compileOk("com.example.exchange", JSON_CONSUMER_MODULE, JSON_CONSUMER_MAIN);
        Run run = run(classes, "com.example.exchange/com.example.exchange.Main");
        assertThat(run.stderr().lines().filter(l -> !l.startsWith("SLF4J(W): ")))
                .as("only networknt's SLF4J notice that the consumer has no logging provider; " + run).isEmpty();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.stdout().lines()).containsExactly(
                "roundTrip=true",
                "schemaFindings=[]",
                "valid=true",
                "module=com.example.exchange reads=org.mspsdk.json");
    }

    @Test
    void theCommandLineToolRunsFromTheExamplesModuleWithPicocliReadingItsOpenedPackage()
            throws IOException, InterruptedException {
        List<Path> modulePath = new ArrayList<>(sdkModulePath);
        modulePath.addAll(List.of(codeSource(Msp.class), codeSource(CommandLine.class), codeSource(Valid.class),
                codeSource(org.mspsdk.imports.Importer.class)));
        modulePath.addAll(importDependencies());
        Run run = run(modulePath, "org.mspsdk.examples/org.mspsdk.cli.Msp", "schema", "--list");
        assertThat(run.stderr()).as(run.toString()).isEmpty();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.stdout().lines()).containsExactly(
                "safeguarding-record.json  https://mspsdk.org/schema/1.0/safeguarding-record.json",
                "defs.json  https://mspsdk.org/schema/1.0/defs.json",
                "research-record.json  https://mspsdk.org/schema/1.0/research-record.json",
                "safeguarding-record.bundled.json  https://mspsdk.org/schema/1.0/safeguarding-record.bundled.json",
                "sar-register.json  https://mspsdk.org/schema/1.0/sar-register.json");
    }

    @Test
    void aConsumerCannotImportAnInternalPackage() throws IOException {
        Compilation c = compile("com.example.sneaky", INTERNAL_CONSUMER_MODULE, INTERNAL_CONSUMER_MAIN);
        assertThat(c.success()).isFalse();
        assertThat(c.errors()).anySatisfy(e -> assertThat(e).contains("package org.mspsdk.internal is not visible")
                .contains("declared in module org.mspsdk.core, which does not export it"));
        assertThat(c.errors()).anySatisfy(e -> assertThat(e)
                .contains("package org.mspsdk.json.internal is not visible")
                .contains("declared in module org.mspsdk.json, which does not export it"));
        assertThat(c.errors()).as("the exported model package is visible")
                .noneSatisfy(e -> assertThat(e).contains("org.mspsdk.model"));
    }

    // ------------------------------------------------------------------------------------------- helpers

    private record Compilation(boolean success, List<String> errors, Path classes) {
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    /** The exported and contained packages of one module on the module path. */
    private record ModuleDescriptorView(Set<String> exports, Set<String> packages) {
        static ModuleDescriptorView of(List<Path> modulePath, String name) {
            var descriptor = ModuleFinder.of(modulePath.toArray(Path[]::new)).find(name).orElseThrow().descriptor();
            return new ModuleDescriptorView(descriptor.exports().stream()
                    .filter(e -> !e.isQualified()).map(e -> e.source()).collect(Collectors.toSet()),
                    descriptor.packages());
        }
    }

    private Path compileOk(String module, String moduleInfo, String main) throws IOException {
        Compilation c = compile(module, moduleInfo, main);
        assertThat(c.errors()).as("compiler errors").isEmpty();
        assertThat(c.success()).isTrue();
        return c.classes();
    }

    /** Compiles one consumer module (module-info, Main and the shared Records) on the SDK's module path. */
    private Compilation compile(String module, String moduleInfo, String main) throws IOException {
        Path src = dir.resolve("src").resolve(module);
        Path pkg = src.resolve(module.replace('.', '/'));
        Files.createDirectories(pkg);
        List<Path> sources = new ArrayList<>(List.of(
                Files.writeString(src.resolve("module-info.java"), moduleInfo),
                Files.writeString(pkg.resolve("Main.java"), main)));
        if (!main.contains("internal")) {
            sources.add(Files.writeString(pkg.resolve("Records.java"), RECORDS.formatted(module)));
        }
        Path classes = Files.createDirectories(dir.resolve("classes").resolve(module));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            // an explicit, empty class path: javac would otherwise take this test JVM's class path
            Path noClassPath = Files.createDirectories(dir.resolve("no-class-path"));
            List<String> options = List.of("--release", "17", "-d", classes.toString(),
                    "--module-path", joined(sdkModulePath), "--class-path", noClassPath.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).toList();
            return new Compilation(ok, errors, classes);
        }
    }

    /** Runs a compiled consumer in a child JVM with only the SDK's modules and the consumer on the module path. */
    private static Run run(Path classes, String mainModuleAndClass) throws IOException, InterruptedException {
        List<Path> modulePath = new ArrayList<>(sdkModulePath);
        modulePath.add(classes);
        return run(modulePath, mainModuleAndClass);
    }

    /** Runs {@code java --module-path ... -m module/class args...} in a child JVM. */
    private static Run run(List<Path> modulePath, String mainModuleAndClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", joined(modulePath), "-m", mainModuleAndClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the consumer did not finish in two minutes");
        }
        return new Run(p.exitValue(), out.join(), err.join());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The jars msp-import reads CSV and YAML with (Commons CSV and what it needs, Jackson YAML), taken from the
     * test class path by their Maven group folders; workbooks need only the JDK.
     */
    private static List<Path> importDependencies() {
        List<String> groups = List.of("/org/apache/commons/commons-csv/", "/commons-io/", "/commons-codec/",
                "/tools/jackson/dataformat/jackson-dataformat-yaml/", "/org/yaml/", "/org/snakeyaml/");
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.endsWith(".jar"))
                .filter(e -> groups.stream().anyMatch(g -> e.replace('\\', '/').contains(g)))
                .map(Path::of)
                .toList();
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
