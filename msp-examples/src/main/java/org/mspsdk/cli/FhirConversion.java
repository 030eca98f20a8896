package org.mspsdk.cli;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;

/**
 * The one class of the tool that reaches msp-fhir ({@code org.mspsdk.fhir.MspFhir}), and it does so by name:
 * msp-fhir and HAPI FHIR are class-path libraries without module descriptors (HAPI's jars split packages), so the
 * examples module cannot require them; on the class path (the {@code msp} jar, the tests) they are found at the
 * first {@code msp fhir} and nowhere else.
 */
final class FhirConversion {

    private FhirConversion() {
    }

    /** @return the record's Bundle as one NDJSON line (no line break) */
    static String toNdjson(SafeguardingRecord record) {
        return invoke(Handles.TO_JSON, record);
    }

    /** @return the record of a Bundle given as FHIR JSON */
    static SafeguardingRecord fromJson(String json) {
        return invoke(Handles.FROM_JSON, json);
    }

    @SuppressWarnings("unchecked")
    private static <T> T invoke(MethodHandle handle, Object argument) {
        try {
            return (T) handle.invoke(argument);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Looked up at the first use. */
    private static final class Handles {
        static final MethodHandle TO_JSON;
        static final MethodHandle FROM_JSON;

        static {
            // HAPI logs through SLF4J and the tool ships no binding: without this, SLF4J's own three-line
            // "no providers" notice would land on standard error at the first msp fhir
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "ERROR");
            }
            try {
                Class<?> type = Class.forName("org.mspsdk.fhir.MspFhir");
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                Object fhir = lookup.findStatic(type, "create", MethodType.methodType(type)).invoke();
                TO_JSON = lookup.findVirtual(type, "toJson", MethodType.methodType(String.class,
                        SafeguardingRecord.class)).bindTo(fhir);
                FROM_JSON = lookup.findVirtual(type, "fromJson", MethodType.methodType(SafeguardingRecord.class,
                        String.class)).bindTo(fhir);
            } catch (ClassNotFoundException e) {
                throw new MspException(MspException.Kind.IO, "msp fhir needs msp-fhir and HAPI FHIR on the class path "
                        + "(the msp jar has them)");
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
