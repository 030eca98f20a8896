/**
 * The {@code msp} command-line tool (picocli): {@code validate}, {@code sac}, {@code measures},
 * {@code generate}, {@code schema}, {@code export}, {@code dictionary}, {@code demo}, {@code import},
 * {@code mapping init} and {@code help}, as listed in {@link org.mspsdk.cli.Msp}. Built as the runnable {@code msp-examples/target/msp.jar}.
 *
 * <p>What every command shares lives here once: {@code --output text|csv|json} ({@code OutputFormat}) for what
 * goes to standard output; {@code RecordInput} for reading records (one fault, one exit code, whatever the
 * format); {@code TerminalText} for escaping everything printed that could act on a terminal;
 * {@code AtomicOutput} for writing files that appear complete or not at all; {@code Progress} for the record
 * count on a terminal; {@code Plural} for counts in words. The package is not exported by the
 * {@code org.mspsdk.examples} module; it is opened to picocli, which reads the commands' annotations by reflection.
 */
package org.mspsdk.cli;
