/**
 * The {@code msp} command-line tool (picocli): {@code validate}, {@code sac}, {@code measures},
 * {@code generate}, {@code schema}, {@code export}, {@code dictionary}, {@code demo} and {@code help}, as
 * listed in {@link org.mspsdk.cli.Msp}. Built as the runnable {@code msp-examples/target/msp.jar}. The package
 * is not exported by the {@code org.mspsdk.examples} module; it is opened to picocli, which reads the commands'
 * annotations by reflection.
 */
package org.mspsdk.cli;
