package org.mspsdk.returns.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingAdultsReview;
import org.mspsdk.model.SarRegister;
import org.mspsdk.returns.CouncilMetadata;
import org.mspsdk.returns.ExportOptions;
import org.mspsdk.returns.PublishedRow;
import org.mspsdk.returns.ReportingYear;
import org.mspsdk.returns.SacReturn;
import org.mspsdk.returns.SacSettings;
import org.mspsdk.returns.SacTally;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The published CSV the SDK writes, checked both ways against a reference extracted from NHS England's
 * publication code ({@code publication-reference.csv}, whose header names the repository, commit and files, and
 * whose rows each name their source file): the columns are the publication's; every row the SDK writes is a
 * TABLE_REFERENCE / ENQUIRY_TYPE / CATEGORY / SUBCATEGORY combination the publication has; every combination the
 * publication has for these tables is written.
 */
class PublicationReferenceTest {

    /** One combination of the reference; a CATEGORY of {@code *} is not named by the publication code. */
    record Combination(String table, String enquiryType, String category, String subcategory, String source) {
        boolean matches(PublishedRow r) {
            return table.equals(r.tableReference()) && enquiryType.equals(r.enquiryType())
                    && (category.equals("*") || category.equals(r.category())) && subcategory.equals(r.subcategory());
        }
    }

    private static List<String> referenceColumns;
    private static List<Combination> reference;
    private static List<PublishedRow> written;
    private static String csv;

    @BeforeAll
    static void readTheReferenceAndWriteAReturn() throws Exception {
        String text;
        try (InputStream in = PublicationReferenceTest.class.getResourceAsStream("publication-reference.csv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String columnsLine = text.lines().filter(l -> l.startsWith("# COLUMNS: ")).findFirst().orElseThrow();
        referenceColumns = List.of(columnsLine.substring("# COLUMNS: ".length()).split(" ")[0].split(","));
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        reference = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class)
                .with(CsvSchema.emptySchema().withComments().withSkipFirstDataRow(true)).readValues(text)) {
            while (it.hasNext()) {
                List<String> r = it.next();
                reference.add(new Combination(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
            }
        }
        SarRegister reviews = SarRegister.of(SafeguardingAdultsReview.completed("SAR-1", LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 10, 1), 1, 0));
        SacReturn sac = new SyntheticDataGenerator(3).stream(3_000)
                .collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025)).withReviews(reviews)));
        CouncilMetadata council = new CouncilMetadata("", "", "", "", "", "350", "");
        written = sac.publishedRows(council, ExportOptions.defaults().withDisclosureControl(true));
        StringWriter out = new StringWriter();
        SacCsv.writePublished(sac, council, ExportOptions.defaults().withDisclosureControl(true), out);
        csv = out.toString();
    }

    @Test
    void theReferenceNamesItsSourceForEveryRow() {
        assertThat(reference).hasSize(264);
        assertThat(reference).allSatisfy(c -> assertThat(c.source()).matches("[a-z_]+\\.py"));
        assertThat(reference.stream().map(Combination::table).distinct()).containsExactly("SG1a", "SG1b", "SG1c",
                "SG1d", "SG1e", "SG1f", "SG2a", "SG2b", "SG2a_b1", "SG2c", "SG2e", "SG3a", "SG4a", "SG5a", "SG5b");
    }

    @Test
    void theColumnsAreThePublications() {
        assertThat(referenceColumns).isEqualTo(PublishedRow.COLUMNS);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", referenceColumns));
    }

    @Test
    void nothingTheSdkWritesIsUnknownToThePublication() {
        List<String> unknown = written.stream().filter(r -> reference.stream().noneMatch(c -> c.matches(r)))
                .map(r -> r.tableReference() + " / " + r.enquiryType() + " / " + r.category() + " / "
                        + r.subcategory()).toList();

        assertThat(unknown).isEmpty();
    }

    @Test
    void nothingThePublicationHasForTheseTablesIsMissing() {
        List<Combination> missing = reference.stream().filter(c -> written.stream().noneMatch(c::matches)).toList();

        assertThat(missing).isEmpty();
    }

    @Test
    void eachCombinationIsWrittenOnce() {
        Set<List<String>> keys = new LinkedHashSet<>();
        List<List<String>> twice = written.stream().map(r -> List.of(r.tableReference(), r.enquiryType(),
                r.category(), r.subcategory())).filter(k -> !keys.add(k)).toList();

        assertThat(twice).isEmpty();
        assertThat(written).hasSize(reference.size());
    }

    @Test
    void theFileIsSortedAndQuotedOnlyWhereNeeded() {
        assertThat(written).isSortedAccordingTo(PublishedRow.PUBLISHED_ORDER);
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).hasSize(written.size());
        assertThat(lines.get(0)).startsWith(",,,,,350,,SG1a,Other Enquiries,Age band,18-64,");
        // a label with a comma is quoted, one without is not
        assertThat(lines).anyMatch(l -> l.contains(",\"Yes, they lacked capacity\","));
        assertThat(lines).anyMatch(l -> l.contains(",Own Home,Service Provider,"));
        assertThat(lines.stream().filter(l -> l.contains("\"")).map(l -> l.split(",")[7]).collect(
                Collectors.toSet())).isSubsetOf(Set.of("SG1c", "SG1d", "SG1e", "SG3a", "SG4a", "SG2b", "SG2a_b1",
                "SG2a"));
    }
}
