/**
 * The seeded synthetic data generator: realistic, internally consistent, entirely invented safeguarding
 * records that tests, examples, demos and benchmarks all draw on. Equal seeds give equal records.
 */
package org.mspsdk.synthetic;
