package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;

import java.util.Optional;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * One risk (allegation) an enquiry looks into, with its own type, location and source. An enquiry holds a
 * list of these, never three independent sets: the SAC cross-tabulates type by source and location by source,
 * and independent sets would invent pairs that never happened. Location and source may be unknown while the
 * enquiry is in progress; a concluded enquiry needs both (validation rule).
 *
 * <pre>{@code
 * RiskItem item = RiskItem.of(TypeOfRisk.FINANCIAL_MATERIAL, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN);
 * }</pre>
 *
 * @param type     the type of risk (SG2a)
 * @param location where it arose (SG2b), once known
 * @param source   the source of risk, once known
 */
public record RiskItem(TypeOfRisk type, Optional<LocationOfRisk> location, Optional<SourceOfRisk> source) {

    /** Checks the mandatory type. */
    public RiskItem {
        required(type, "riskItems[].type");
        location = optional(location);
        source = optional(source);
    }

    /**
     * @param type     the type
     * @param location the location
     * @param source   the source
     * @return a complete risk item
     */
    public static RiskItem of(TypeOfRisk type, LocationOfRisk location, SourceOfRisk source) {
        return new RiskItem(type, Optional.of(location), Optional.of(source));
    }
}
