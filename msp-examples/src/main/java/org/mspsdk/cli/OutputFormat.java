package org.mspsdk.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --output text|csv|json}: the one flag every command uses for what it writes to standard output. Each
 * command accepts the formats that make sense for it ({@link #require}); an unknown or unsupported value is a
 * usage error that names the value and lists the valid ones.
 */
enum OutputFormat {
    /** text for a person to read. */
    TEXT,
    /** CSV. */
    CSV,
    /** JSON (JSON Lines for findings). */
    JSON;

    /** The option's name. */
    static final String OPTION = "--output";

    /** @return the value as typed on the command line */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks that the command offers the chosen format.
     *
     * @param spec    the command
     * @param chosen  the value given
     * @param offered the formats the command writes
     * @throws CommandLine.ParameterException naming the value and the valid ones, when it is not offered
     */
    static void require(CommandSpec spec, OutputFormat chosen, OutputFormat... offered) {
        if (!Arrays.asList(offered).contains(chosen)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + OPTION
                    + "': '" + chosen.code() + "' is not an output of msp " + spec.name() + "; expected "
                    + Converter.alternatives(Arrays.stream(offered).map(OutputFormat::code).toList()));
        }
    }

    /** Reads text, csv or json in any case. */
    static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return parse(value, OutputFormat.class, Arrays.stream(values()).map(OutputFormat::code).toList());
        }

        /**
         * Reads an enum constant from its code ({@code raised-by} for {@code RAISED_BY}), in any case.
         *
         * @param value the value typed
         * @param type  the enum
         * @param codes the codes, for the message
         * @param <E>   the enum type
         * @return the constant
         * @throws CommandLine.TypeConversionException naming the value and listing the codes
         */
        static <E extends Enum<E>> E parse(String value, Class<E> type, List<String> codes) {
            try {
                return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw invalid(value, codes);
            }
        }

        /**
         * @param value the value typed
         * @param codes the valid values
         * @return a conversion error naming the value (escaped for the terminal) and the valid values
         */
        static CommandLine.TypeConversionException invalid(String value, List<String> codes) {
            return new CommandLine.TypeConversionException("'" + TerminalText.escape(value) + "' is not valid; "
                    + "expected " + alternatives(codes));
        }

        /** @return "a", "a or b", "a, b or c" */
        static String alternatives(List<String> codes) {
            if (codes.size() == 1) {
                return codes.get(0);
            }
            return codes.subList(0, codes.size() - 1).stream().collect(Collectors.joining(", "))
                    + " or " + codes.get(codes.size() - 1);
        }
    }
}
