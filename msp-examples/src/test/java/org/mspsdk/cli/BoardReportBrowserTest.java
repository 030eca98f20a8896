package org.mspsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mspsdk.json.JsonLinesWriter;
import org.mspsdk.json.MspJson;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 20: the board report of a generated dataset (three reporting years) rendered by a real headless browser
 * (Debian's {@code chromium}): the picture is not blank, it prints to several A4 pages, and every figure on the
 * page, read from the DOM as the browser parsed it, equals what {@code msp measures --output json} (and, for
 * SAC cells and data-quality counts, {@code msp sac --output json}) gives for the same records and year, with
 * and without disclosure control. Every measure and breakdown count of {@code msp measures} is on the page.
 */
class BoardReportBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Integer> YEARS = List.of(2023, 2024, 2025);

    @TempDir
    static Path dir;

    static Path records;
    static Map<Integer, JsonNode> measures = new HashMap<>();
    static Map<Integer, JsonNode> sac = new HashMap<>();
    static Map<Boolean, Path> pages = new HashMap<>();

    @BeforeAll
    static void reportAndMeasures() throws IOException {
        records = dir.resolve("records.jsonl");
        SyntheticDataGenerator gen = new SyntheticDataGenerator(20, new SyntheticDataGenerator.Settings("E08000099",
                LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), 0.34));
        try (var out = Files.newOutputStream(records)) {
            JsonLinesWriter writer = MspJson.strict().writeLines(out);
            for (int i = 0; i < 3000; i++) {
                writer.write(gen.next());
            }
            writer.flush();
        }
        for (boolean dc : List.of(true, false)) {
            Path page = dir.resolve(dc ? "published.html" : "internal.html");
            List<String> args = new ArrayList<>(List.of("report", "--year", "2025", "--years", "2023-2025", "--out",
                    page.toString(), records.toString()));
            if (!dc) {
                args.add(1, "--no-disclosure-control");
            }
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            pages.put(dc, page);
        }
        for (int year : YEARS) {
            Cli.Run m = Cli.run("measures", "--year", Integer.toString(year), "--output", "json", records.toString());
            assertThat(m.exit()).as(m.err()).isZero();
            measures.put(year, JSON.readTree(m.out()));
            Cli.Run s = Cli.run("sac", "--year", Integer.toString(year), "--output", "json", records.toString());
            assertThat(s.exit()).as(s.err()).isZero();
            sac.put(year, JSON.readTree(s.out()));
        }
    }

    @Test
    void theReportRendersAsAPictureThatIsNotBlankAndPrintsOnA4Pages() throws IOException {
        Chromium.require();
        Path png = dir.resolve("report.png");
        Chromium.screenshot(pages.get(true), png, 1000, 2250);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        long ink = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        long sampled = (long) (image.getHeight() / 2) * (image.getWidth() / 2);
        assertThat(ink * 100 / sampled).as("percentage of pixels that are not white").isGreaterThanOrEqualTo(3);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(20);
        // the chart colours are there (the dark blue of the solid fill), so the SVG charts were drawn
        assertThat(colours).contains(0x1b3a6b);
        Files.createDirectories(Path.of("target"));
        Files.copy(png, Path.of("target", "board-report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path pdf = dir.resolve("report.pdf");
        Chromium.pdf(pages.get(true), pdf);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        Matcher page = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int pages = 0;
        while (page.find()) {
            pages++;
        }
        assertThat(pages).as("A4 pages").isGreaterThanOrEqualTo(4);
        // A4 is 595 x 842 points (Skia writes 594.96 x 841.92)
        assertThat(text).containsPattern("/MediaBox\\s*\\[\\s*0\\s+0\\s+59[45]\\.?\\d*\\s+84[12]\\.?\\d*\\s*\\]");
    }

    @ParameterizedTest(name = "disclosure control {0}")
    @ValueSource(booleans = {true, false})
    void everyFigureOnThePageEqualsTheMeasuresOutput(boolean dc) throws IOException {
        Chromium.require();
        String dom = Chromium.dom(pages.get(dc));
        List<Map<String, String>> figures = figures(dom);
        assertThat(figures).hasSizeGreaterThan(400);
        Set<Integer> years = new HashSet<>();
        for (Map<String, String> f : figures) {
            int year = Integer.parseInt(f.get("data-year"));
            years.add(year);
            assertThat(f.get("text")).as("%s", f).isEqualTo(expected(f, year, dc));
        }
        assertThat(years).containsExactlyInAnyOrderElementsOf(YEARS);
    }

    @Test
    void everyMeasureAndBreakdownCountOfMspMeasuresIsOnThePage() throws IOException {
        Chromium.require();
        Set<String> shown = new HashSet<>();
        for (Map<String, String> f : figures(Chromium.dom(pages.get(false)))) {
            if (f.get("data-year").equals("2025")) {
                for (String attribute : List.of("data-part", "data-whole")) {
                    if (f.containsKey(attribute)) {
                        shown.addAll(List.of(f.get(attribute).split(";")));
                    }
                }
            }
        }
        List<String> numbers = new ArrayList<>();
        leaves(measures.get(2025).get("measures"), "/measures", numbers);
        leaves(measures.get(2025).get("breakdowns").get("organisation"), "/breakdowns/organisation", numbers);
        leaves(measures.get(2025).get("breakdowns").get("type-of-risk"), "/breakdowns/type-of-risk", numbers);
        numbers.removeIf(p -> p.endsWith("Percent")); // shown as percentages of their counts, checked above
        assertThat(numbers).hasSizeGreaterThan(150);
        assertThat(shown).containsAll(numbers);
    }

    /** @return the figures of the page: the attributes and text of every element with a {@code data-kind} */
    static List<Map<String, String>> figures(String dom) {
        Matcher element = Pattern.compile("<(td|span)\\b([^>]*\\bdata-kind=[^>]*)>([^<]*)</\\1>").matcher(dom);
        Pattern attribute = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
        List<Map<String, String>> all = new ArrayList<>();
        while (element.find()) {
            Map<String, String> f = new HashMap<>();
            Matcher a = attribute.matcher(element.group(2));
            while (a.find()) {
                f.put(a.group(1), unescape(a.group(2)));
            }
            f.put("text", unescape(element.group(3)));
            all.add(f);
        }
        return all;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }

    /** The figure the page should show, worked out from the JSON outputs by the rule the page states. */
    private static String expected(Map<String, String> f, int year, boolean dc) {
        List<Double> parts = resolve(f.get("data-part"), year);
        List<Double> wholes = f.containsKey("data-whole") ? resolve(f.get("data-whole"), year) : List.of();
        long part = Math.round(parts.stream().mapToDouble(Double::doubleValue).sum());
        long whole = Math.round(wholes.stream().mapToDouble(Double::doubleValue).sum());
        switch (f.get("data-kind")) {
            case "count" -> {
                if (!dc) {
                    return String.format(Locale.UK, "%,d", part);
                }
                return part < 5 ? "[c]" : String.format(Locale.UK, "%,d", Math.round(part / 5.0) * 5);
            }
            case "percent" -> {
                if (whole == 0) {
                    return "[x]";
                }
                if (!dc) {
                    return String.format(Locale.UK, "%.1f%%", part * 100.0 / whole);
                }
                return part < 5 || whole < 5 ? "[c]" : Math.round(part * 100.0 / whole) + "%";
            }
            case "mean" -> {
                if (whole == 0) {
                    return "[x]";
                }
                if (dc && whole < 5) {
                    return "[c]";
                }
                return String.format(Locale.UK, "%+.2f", parts.get(0)).replace('-', '\u2212');
            }
            default -> throw new AssertionError("unknown kind " + f);
        }
    }

    /** @return the values of the sources: JSON Pointers into msp measures, SAC cells, data-quality counts */
    private static List<Double> resolve(String sources, int year) {
        List<Double> values = new ArrayList<>();
        for (String source : sources.split(";")) {
            if (source.startsWith("/")) {
                JsonNode n = measures.get(year).at(source);
                assertThat(n.isNumber()).as("%s in msp measures --year %d", source, year).isTrue();
                values.add(n.asDouble());
            } else if (source.startsWith("cell:")) {
                String[] labels = source.substring(5).split("\\|");
                JsonNode found = null;
                for (JsonNode c : sac.get(year).get("cells")) {
                    if (c.get("TABLE_REFERENCE").asString().equals(labels[0])
                            && c.get("ENQUIRY_TYPE").asString().equals(labels[1])
                            && c.get("CATEGORY").asString().equals(labels[2])
                            && c.get("SUBCATEGORY").asString().equals(labels[3])) {
                        found = c;
                    }
                }
                assertThat(found).as("%s in msp sac --year %d", source, year).isNotNull();
                values.add(found.get("VALUE").asDouble());
            } else if (source.startsWith("dq:")) {
                JsonNode found = null;
                for (JsonNode i : sac.get(year).get("dataQuality").get("issues")) {
                    if (i.get("issue").asString().equals(source.substring(3))) {
                        found = i;
                    }
                }
                assertThat(found).as("%s in msp sac --year %d", source, year).isNotNull();
                values.add(found.get("count").asDouble());
            } else {
                throw new AssertionError("unknown source " + source);
            }
        }
        return values;
    }

    private static void leaves(JsonNode node, String pointer, List<String> out) {
        if (node.isNumber()) {
            out.add(pointer);
        } else if (node.isObject()) {
            for (var e : node.properties()) {
                leaves(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        }
    }
}
