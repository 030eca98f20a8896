package org.mspsdk.cli;

import org.mspsdk.returns.CouncilMetadata;
import picocli.CommandLine.Option;

/** The council columns of the published SAC layout. */
final class CouncilOptions {

    @Option(names = "--geography", defaultValue = "", description = "GEOGRAPHY (empty unless given).")
    String geography;

    @Option(names = "--council-type", defaultValue = "", description = "COUNCIL_TYPE.")
    String councilType;

    @Option(names = "--region-code", defaultValue = "", description = "REGION_CODE.")
    String regionCode;

    @Option(names = "--region-name", defaultValue = "", description = "REGION_NAME.")
    String regionName;

    @Option(names = "--ons-code", defaultValue = "", description = "ONS_CODE.")
    String onsCode;

    @Option(names = "--la-code", defaultValue = "", description = "LA_CODE: the council's CASSR code, as in the "
            + "national publication.")
    String laCode;

    @Option(names = "--la-name", defaultValue = "", description = "LA_NAME.")
    String laName;

    CouncilMetadata metadata() {
        return new CouncilMetadata(geography, councilType, regionCode, regionName, onsCode, laCode, laName);
    }
}
