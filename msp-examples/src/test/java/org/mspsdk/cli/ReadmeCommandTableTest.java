package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 21: the README's command table matches the commands: every command it lists exists, every option it
 * shows is one of that command's options (with the values its help shows), and every command of {@code msp} is
 * in the table.
 */
class ReadmeCommandTableTest {

    /** The first cell of a row: {@code `msp NAME ...`}. */
    private static final Pattern ROW = Pattern.compile("^\\| `msp ([a-z-]+)([^`]*)` \\|");
    /** An option and the word after it. */
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z0-9-]*)(?:[ =]([^ \\[\\]]+))?");

    static Map<String, String> rows;
    static Map<String, CommandLine> commands;

    @BeforeAll
    static void readTheTable() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        int header = readme.indexOf("| command | what it does |");
        assertThat(header).as("the README's command table").isNotNegative();
        rows = new LinkedHashMap<>();
        for (String line : readme.subList(header + 2, readme.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            Matcher m = ROW.matcher(line);
            assertThat(m.find()).as("a row naming an msp command: %s", line).isTrue();
            assertThat(rows.put(m.group(1), m.group(2))).as("listed twice: %s", m.group(1)).isNull();
        }
        commands = new CommandLine(new Msp()).getSubcommands();
    }

    @Test
    void everyCommandInTheTableExists() {
        assertThat(rows).isNotEmpty();
        assertThat(commands.keySet()).containsAll(rows.keySet());
    }

    @Test
    void everyCommandOfTheToolIsInTheTable() {
        List<String> missing = new ArrayList<>(commands.keySet());
        missing.remove("help");
        missing.removeAll(rows.keySet());
        assertThat(missing).as("commands with no README row").isEmpty();
    }

    @Test
    void everyOptionInTheTableIsAnOptionOfItsCommandWithTheValuesItsHelpShows() {
        int checked = 0;
        for (Map.Entry<String, String> row : rows.entrySet()) {
            CommandLine command = commands.get(row.getKey());
            String rest = row.getValue().trim();
            // a row may name a subcommand of the command (msp mapping init): its options are the subcommand's
            for (String word = firstWord(rest); command.getSubcommands().containsKey(word); word = firstWord(rest)) {
                command = command.getSubcommands().get(word);
                rest = rest.substring(word.length()).trim();
            }
            CommandSpec spec = command.getCommandSpec();
            Matcher m = OPTION.matcher(rest);
            while (m.find()) {
                OptionSpec option = spec.findOption(m.group(1));
                assertThat(option).as("msp %s %s", row.getKey(), m.group(1)).isNotNull();
                assertThat(option.hidden()).as("msp %s %s is deprecated", row.getKey(), m.group(1)).isFalse();
                String values = m.group(2);
                if (values != null && (values.contains("\\|") || values.contains(","))) {
                    assertThat(values.replace("\\|", "|")).as("msp %s %s", row.getKey(), m.group(1))
                            .isEqualTo(option.paramLabel());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    @Test
    void everyListedCommandAnswersHelp() {
        for (String command : rows.keySet()) {
            Cli.Run r = Cli.run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: msp " + command);
        }
    }
}
