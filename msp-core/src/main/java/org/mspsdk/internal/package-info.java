/**
 * Internal helpers shared by the SDK's own packages. Not part of the public API: anything here may change
 * in any release.
 */
package org.mspsdk.internal;
