/**
 * Validation of FHIR resources against base R4 and the MSP definitions with HAPI's instance validator
 * ({@link org.mspsdk.fhir.validation.MspFhirValidator}), issues as data ({@link org.mspsdk.fhir.validation.FhirIssue}).
 * Optional: it needs HAPI's validation artifacts, which msp-fhir declares optional.
 */
package org.mspsdk.fhir.validation;
