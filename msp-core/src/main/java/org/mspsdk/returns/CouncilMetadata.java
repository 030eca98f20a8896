package org.mspsdk.returns;

import java.util.Objects;

/**
 * The geography columns of the published SAC layout, supplied by the caller for its council (public reference
 * data, not personal data).
 *
 * <pre>{@code
 * CouncilMetadata council = new CouncilMetadata("Local Authority", "Metropolitan District", "E12000002",
 *         "North West", "E08000001", "350", "Bolton");
 * }</pre>
 *
 * @param geography   GEOGRAPHY, for example {@code Local Authority}
 * @param councilType COUNCIL_TYPE
 * @param regionCode  REGION_CODE
 * @param regionName  REGION_NAME
 * @param onsCode     ONS_CODE
 * @param laCode      LA_CODE
 * @param laName      LA_NAME
 */
public record CouncilMetadata(String geography, String councilType, String regionCode, String regionName,
        String onsCode, String laCode, String laName) {

    /** Checks that no column is null (an empty string is allowed). */
    public CouncilMetadata {
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(councilType, "councilType");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(onsCode, "onsCode");
        Objects.requireNonNull(laCode, "laCode");
        Objects.requireNonNull(laName, "laName");
    }
}
