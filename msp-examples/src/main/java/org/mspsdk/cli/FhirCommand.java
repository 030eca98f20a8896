package org.mspsdk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code msp fhir}: MSP records to and from HL7 FHIR R4 Bundles (one record, one collection Bundle; the mapping
 * is docs/fhir/MAPPING.md).
 */
@Command(name = "fhir", mixinStandardHelpOptions = true,
        description = "Convert records to and from HL7 FHIR R4: export writes NDJSON of Bundles, import reads it.",
        subcommands = {FhirExportCommand.class, FhirImportCommand.class})
final class FhirCommand implements Callable<Integer> {

    @ParentCommand
    Msp root;

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage on standard error, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Msp.UNUSABLE;
    }

}
