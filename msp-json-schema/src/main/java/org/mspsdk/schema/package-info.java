/**
 * The published JSON Schema (draft 2020-12) of the MSP wire format: {@link org.mspsdk.schema.MspSchemas} gives
 * the schema documents (also in the repository's {@code schema/} directory, one source of truth), and
 * {@link org.mspsdk.schema.SchemaValidator} validates documents against them, returning
 * {@link org.mspsdk.schema.SchemaFinding}s as data with JSON Pointer paths.
 */
package org.mspsdk.schema;
