package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README is a region of a compiled source file (named in the comment line above the
 * block, {@code <!-- snippet: FILE#REGION [FILE#REGION...] -->}), character for character after removing the
 * region's common indentation. The sources compile with the build and {@code ReadmeExamplesTest} and
 * {@code QuickStartTest} run them, so no README block can drift from code that works. Likewise every Python and
 * JavaScript block is a whole file ({@code <!-- snippet: FILE -->}) that {@code scripts/schema-snippets.sh} runs.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (.+?) -->");

    record Block(int line, String marker, String code) {
    }

    static List<Block> javaBlocks() throws IOException {
        return blocks("java");
    }

    static List<Block> blocks(String language) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```" + language)) {
                continue;
            }
            int end = i + 1;
            while (!lines.get(end).equals("```")) {
                end++;
            }
            String marker = i > 0 ? lines.get(i - 1) : "";
            blocks.add(new Block(i + 1, marker, String.join("\n", lines.subList(i + 1, end))));
            i = end;
        }
        return blocks;
    }

    static String region(String fileAndRegion) throws IOException {
        int hash = fileAndRegion.indexOf('#');
        Path file = ROOT.resolve(fileAndRegion.substring(0, hash));
        String name = fileAndRegion.substring(hash + 1);
        List<String> lines = Files.readAllLines(file);
        int begin = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// readme:begin " + name)) {
                begin = i;
                break;
            }
        }
        assertThat(begin).as("region %s in %s", name, file).isNotNegative();
        int end = begin + 1;
        while (!lines.get(end).trim().equals("// readme:end")) {
            end++;
        }
        List<String> body = lines.subList(begin + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }

    @Test
    void theReadmeHasJavaBlocks() throws IOException {
        assertThat(javaBlocks()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyJavaBlockOfTheReadmeIsACompiledRegionVerbatim() throws IOException {
        for (Block b : javaBlocks()) {
            Matcher m = MARKER.matcher(b.marker());
            assertThat(m.matches()).as("README line %d: a java block needs a snippet marker on the line above, "
                    + "got: %s", b.line(), b.marker()).isTrue();
            List<String> parts = new ArrayList<>();
            for (String ref : m.group(1).trim().split("\\s+")) {
                parts.add(region(ref));
            }
            assertThat(b.code()).as("README line %d differs from %s", b.line(), m.group(1))
                    .isEqualTo(String.join("\n\n", parts));
        }
    }

    @Test
    void everyPythonAndJavaScriptBlockOfTheReadmeIsATestedFileVerbatim() throws IOException {
        List<Block> blocks = new ArrayList<>(blocks("python"));
        blocks.addAll(blocks("javascript"));
        for (Block b : blocks) {
            Matcher m = MARKER.matcher(b.marker());
            assertThat(m.matches()).as("README line %d: a python or javascript block needs a snippet marker naming "
                    + "its file on the line above, got: %s", b.line(), b.marker()).isTrue();
            Path file = ROOT.resolve(m.group(1).trim());
            assertThat(b.code()).as("README line %d differs from %s", b.line(), file)
                    .isEqualTo(Files.readString(file).stripTrailing());
        }
    }
}
