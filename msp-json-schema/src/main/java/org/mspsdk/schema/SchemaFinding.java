package org.mspsdk.schema;

/**
 * One way a document breaks the MSP JSON Schema, as data.
 *
 * @param pointer        the JSON Pointer (RFC 6901) of the offending value in the document ({@code ""} for the root)
 * @param keyword        the schema keyword that failed (for example {@code required}, {@code type}, {@code oneOf}),
 *                       or {@code json} when the document is not well-formed JSON
 * @param schemaLocation where the failing keyword is in the schema (an absolute IRI with a JSON Pointer fragment)
 * @param message        a readable message naming the rule and the expected form; it never repeats the
 *                       document's values
 */
public record SchemaFinding(String pointer, String keyword, String schemaLocation, String message) {

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + " [" + keyword + "] " + message;
    }
}
