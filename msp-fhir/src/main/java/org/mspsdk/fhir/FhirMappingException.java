package org.mspsdk.fhir;

import org.mspsdk.MspException;

/**
 * A Bundle (or a record) the mapping cannot carry: the message names the place as a FHIRPath expression
 * ({@code Bundle.entry[3].resource.ofType(Goal).description.text}), what is wrong and what was expected. It never
 * quotes a value: no free text, identifier or date reaches it.
 *
 * <pre>{@code
 * try {
 *     SafeguardingRecord r = MspFhir.create().fromBundle(bundle);
 * } catch (FhirMappingException e) {
 *     log.warn("rejected at {}: {}", e.location(), e.getMessage());
 * }
 * }</pre>
 */
public final class FhirMappingException extends MspException {

    private static final long serialVersionUID = 1L;

    private final String location;

    /**
     * @param kind     what went wrong ({@code UNKNOWN_CODE}, {@code MISSING_PART}, {@code INVALID_VALUE} or
     *                 {@code DECODE})
     * @param location the FHIRPath of the element at fault
     * @param problem  what is wrong and what was expected, with no value quoted
     */
    public FhirMappingException(Kind kind, String location, String problem) {
        super(kind, location + ": " + problem);
        this.location = location;
    }

    /** @return the FHIRPath of the element at fault */
    public String location() {
        return location;
    }
}
