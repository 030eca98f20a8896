/**
 * JMH benchmarks of the SDK, each measured side by side with a baseline on the same bytes in the same run
 * (a bare Jackson parse into a {@code JsonNode} tree, JSON Schema validation alone, Jackson writing a plain tree,
 * a bare streaming token scan, a bare Commons CSV parse for the import), plus a flat-memory check of SAC aggregation and the writer of the results table.
 * Built only with the Maven profile {@code benchmarks}; see {@code docs/benchmarks/README.md}.
 */
package org.mspsdk.benchmarks;
