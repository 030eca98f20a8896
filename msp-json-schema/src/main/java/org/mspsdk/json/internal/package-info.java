/**
 * Internals of the JSON wire format shared by the codec, the schema validator and the tests: the Jackson
 * configuration ({@link org.mspsdk.json.internal.BoundedJson}), the property names of every object of the format
 * ({@link org.mspsdk.json.internal.WireNames}) and the redaction of text quoted in messages.
 * Not part of the public API: it may change in any release.
 */
package org.mspsdk.json.internal;
