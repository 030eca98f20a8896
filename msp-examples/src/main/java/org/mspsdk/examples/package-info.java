/**
 * Small, readable programs that show Java users how to embed the SDK; each one is run by a test.
 */
package org.mspsdk.examples;
