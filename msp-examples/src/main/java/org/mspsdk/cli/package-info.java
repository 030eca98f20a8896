/**
 * The {@code msp} command-line tool (picocli): {@code validate}, {@code sac}, {@code measures},
 * {@code generate}, {@code schema} and {@code demo}. Built as the runnable {@code msp-examples/target/msp.jar}.
 */
package org.mspsdk.cli;
