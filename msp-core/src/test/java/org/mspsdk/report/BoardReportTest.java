package org.mspsdk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;

/**
 * Issue 20: the board report is one self-contained, accessible page; disclosure control is on unless turned off,
 * and the rule is on the page.
 */
class BoardReportTest {

    static List<SafeguardingRecord> records;
    static ReportSettings threeYears;
    static String published;
    static String internal;

    @BeforeAll
    static void render() {
        records = new SyntheticDataGenerator(5, new SyntheticDataGenerator.Settings("E08000099",
                LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), 0.34)).records(1500);
        threeYears = ReportSettings.of(ReportingYear.of(2025)).withTrendFrom(ReportingYear.of(2023));
        published = render(threeYears);
        internal = render(threeYears.withDisclosureControl(false));
    }

    static String render(ReportSettings settings) {
        ReportTally tally = settings.newTally();
        records.forEach(tally::add);
        return BoardReport.html(tally.result());
    }

    @Test
    void disclosureControlIsOnByDefaultAndItsRuleIsOnThePage() {
        assertThat(ReportSettings.of(ReportingYear.of(2025)).disclosureControl()).isTrue();
        assertThat(published).contains(Html.escape(Figures.RULE)).doesNotContain(Html.escape(Figures.OFF));
        assertThat(internal).contains(Html.escape(Figures.OFF));
    }

    @Test
    void withDisclosureControlEveryCountIsSuppressedOrAMultipleOfFive() {
        Matcher m = Pattern.compile("data-kind=\"count\"[^>]*>([^<]*)<").matcher(published);
        int counts = 0;
        while (m.find()) {
            String shown = m.group(1);
            if (!shown.equals("[c]")) {
                assertThat(Long.parseLong(shown.replace(",", "")) % 5).as(shown).isZero();
            }
            counts++;
        }
        assertThat(counts).isGreaterThan(200);
        assertThat(published).contains(">[c]<");
    }

    @Test
    void withoutDisclosureControlCountsAreExactInUkFormat() {
        ReportTally tally = threeYears.newTally();
        records.forEach(tally::add);
        long concerns = tally.result().current().measures().sectorOutcomes().peopleWithConcern();
        assertThat(internal).contains(">" + String.format("%,d", concerns).replace(",", ",") + "<");
        assertThat(Figures.uk(1234567)).isEqualTo("1,234,567");
        Figures exact = new Figures(false);
        Figures dc = new Figures(true);
        ReportingYear y = ReportingYear.of(2025);
        assertThat(exact.percent(y, 1, 3, "/a", "/b").text()).isEqualTo("33.3%");
        assertThat(dc.percent(y, 10, 30, "/a", "/b").text()).isEqualTo("33%");
        assertThat(dc.percent(y, 4, 300, "/a", "/b").text()).isEqualTo("[c]");
        assertThat(dc.percent(y, 0, 0, "/a", "/b").text()).isEqualTo("[x]");
        assertThat(dc.count(y, 4, "/a").text()).isEqualTo("[c]");
        assertThat(dc.count(y, 1238, "/a").text()).isEqualTo("1,240");
        assertThat(Figures.signed(-0.5)).isEqualTo("\u22120.50");
    }

    @Test
    void thePageLoadsNothingFromElsewhereAndRunsNoScript() {
        for (String page : List.of(published, internal)) {
            assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                    .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<iframe")
                    .doesNotContainIgnoringCase("<object").doesNotContainIgnoringCase("<embed")
                    .doesNotContainIgnoringCase("@import").doesNotContain("://").doesNotContain(" src=")
                    .doesNotContainIgnoringCase("javascript:").doesNotContainPattern("<[^>]*\\son[a-z]+=");
            assertThat(page).contains("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;");
            assertThat(attributeValues(page, "href")).allMatch(h -> h.startsWith("#"));
            Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(page);
            while (url.find()) {
                assertThat(url.group(1)).startsWith("#");
            }
        }
    }

    @Test
    void headingsAreInOrderWithOneTitle() {
        Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(published);
        List<Integer> levels = new ArrayList<>();
        while (m.find()) {
            levels.add(Integer.parseInt(m.group(1)));
        }
        assertThat(levels.get(0)).isEqualTo(1);
        assertThat(levels.stream().filter(l -> l == 1).count()).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(published).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
    }

    @Test
    void everyChartHasATextAlternativeAndEveryFigureATable() {
        Matcher svg = Pattern.compile("<svg [^>]*aria-labelledby=\"([^ ]+) ([^\"]+)\"[^>]*>\\s*<title id=\"([^\"]+)\">"
                + "([^<]+)</title><desc id=\"([^\"]+)\">([^<]+)</desc>").matcher(published);
        int charts = 0;
        while (svg.find()) {
            assertThat(svg.group(0)).contains("role=\"img\"");
            assertThat(svg.group(1)).isEqualTo(svg.group(3));
            assertThat(svg.group(2)).isEqualTo(svg.group(5));
            assertThat(svg.group(6)).hasSizeGreaterThan(30);
            charts++;
        }
        assertThat(charts).isEqualTo(count(published, "<svg ")).isGreaterThan(15);
        for (String figure : published.split("<figure ")) {
            if (figure.contains("<svg ")) {
                assertThat(figure).contains("<figcaption>").contains("<table>").contains("<caption>")
                        .contains("scope=\"col\"").contains("scope=\"row\"");
            }
        }
    }

    @Test
    void trendsAndQuartersAppearOnlyWhenTheDataHasThem() {
        assertThat(published).contains("id=\"years\"").contains("id=\"quarters\"").contains("2023-24");
        String oneYear = render(ReportSettings.of(SacSettings.of(ReportingYear.of(2025))));
        assertThat(oneYear).doesNotContain("id=\"years\"").doesNotContain("id=\"quarters\"")
                .doesNotContain("id=\"breakdowns\"").contains("id=\"sector-outcomes\"");
    }

    @Test
    void theTitleIsTextNeverMarkup() {
        String page = render(ReportSettings.of(SacSettings.of(ReportingYear.of(2025)))
                .withTitle("Board <script>alert(1)</script> & partners"));
        assertThat(page).contains("<h1>Board &lt;script&gt;alert(1)&lt;/script&gt; &amp; partners</h1>")
                .doesNotContain("<script");
    }

    @Test
    void settingsAndDataAreChecked() {
        ReportingYear y = ReportingYear.of(2025);
        assertThatThrownBy(() -> ReportSettings.of(y).withTrendFrom(ReportingYear.of(2026)))
                .isInstanceOf(MspException.class).hasMessageContaining("report.firstYear 2026-27 is after");
        assertThatThrownBy(() -> ReportSettings.of(y).withTrendFrom(ReportingYear.of(2010)))
                .hasMessageContaining("at most 10 years");
        assertThatThrownBy(() -> ReportSettings.of(y).withTitle(" ")).hasMessageContaining("report.title");
        SacTally other = SacSettings.of(ReportingYear.of(2024)).newTally();
        assertThatThrownBy(() -> new ReportData(ReportSettings.of(y), List.of(other.result())))
                .hasMessageContaining("report.years[0]: expected the return of 2025-26 but got 2024-25");
    }

    @Test
    void talliesOfPartitionsMergeToTheTallyOfTheWhole() {
        ReportTally whole = threeYears.newTally();
        ReportTally first = threeYears.newTally();
        ReportTally second = threeYears.newTally();
        for (int i = 0; i < records.size(); i++) {
            whole.add(records.get(i));
            (i % 2 == 0 ? first : second).add(records.get(i));
        }
        assertThat(BoardReport.html(first.merge(second).result())).isEqualTo(BoardReport.html(whole.result()));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> attributeValues(String page, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(page);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
