/**
 * Internals of the JSON wire format shared by the codec and the schema validator (the Jackson configuration).
 * Not part of the public API: it may change in any release.
 */
package org.mspsdk.json.internal;
