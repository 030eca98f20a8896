package org.mspsdk.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.regex.Pattern;
import org.mspsdk.MspException.Kind;

/**
 * Strict parsing that never quotes a value: HAPI's own handlers put the offending value in their messages and
 * logs, which may be a person's words. Every problem is a {@link FhirMappingException} naming the element.
 */
final class SafeParserErrorHandler implements IParserErrorHandler {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-\\[\\]]{0,63}");

    private static String where(IParseLocation location) {
        String parent = location == null ? null : location.getParentElementName();
        return parent == null || !NAME.matcher(parent).matches() ? "the resource" : "element '" + parent + "'";
    }

    private static String name(String element) {
        return element != null && NAME.matcher(element).matches() ? "'" + element + "'" : "(a name not shown)";
    }

    private static FhirMappingException fail(IParseLocation location, String problem) {
        return new FhirMappingException(Kind.DECODE, "JSON, in " + where(location), problem);
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        throw fail(location, "a contained resource has no id");
    }

    @Override
    public void incorrectJsonType(IParseLocation location, String elementName, BaseJsonLikeValue.ValueType expected,
            BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
            BaseJsonLikeValue.ScalarType foundScalar) {
        throw fail(location, "element " + name(elementName) + " has the wrong JSON type: expected " + expected
                + (expectedScalar == null ? "" : " " + expectedScalar) + ", found " + found
                + (foundScalar == null ? "" : " " + foundScalar));
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        throw fail(location, "a value is not valid for its FHIR type (the value is not shown)");
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
        throw fail(location, "the required element " + name(elementName) + " is missing");
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        throw fail(location, "element " + name(elementName) + " repeats but may appear once");
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        throw fail(location, "unknown attribute " + name(attributeName));
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        throw fail(location, "unknown element " + name(elementName) + " (not in FHIR R4)");
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        throw fail(location, "a reference cannot be resolved");
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        throw fail(location, "an internal reference cannot be resolved");
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        throw fail(location, "an extension has both a value and nested extensions");
    }
}
