package org.mspsdk.returns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.mspsdk.MspException;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.TableShape;

/**
 * The result of a {@link SacTally}: the SAC table cells (exact counts, in the published long layout), the MSP
 * measures, the board breakdowns and the data-quality report. Immutable. Writers for CSV and JSON live in the
 * wire-format module ({@code org.mspsdk.returns.io}); disclosure control is applied only there, on request.
 *
 * <p>Query a cell with typed keys, in the spirit of {@code TemporalAccessor.get(TemporalField)}: a
 * {@link Population} and the code-list entries that key it; the table follows from the keys (each code list keys
 * one table of a population). The label form {@link #value} reads a cell by its published labels. Both forms
 * read the cell with the asked labels whatever the order of {@link #cells()}: a return made by a tally has its
 * cells in published order, one built by hand may not. A query of a cell the return does not hold throws, as
 * {@link #value} does; a null argument throws a {@link NullPointerException} naming the parameter.
 *
 * <pre>{@code
 * SacReturn sac = records.stream().collect(SacTally.collector(SacSettings.of(ReportingYear.of(2025))));
 * long fully = sac.count(Population.CONCLUDED_S42, OutcomeAchievement.FULLY_ACHIEVED);            // SG4a
 * long neglect = sac.count(Population.CONCLUDED_S42, TypeOfRisk.NEGLECT, SourceOfRisk.KNOWN);     // SG2a
 * long concerns = sac.total(Population.SAFEGUARDING_CONCERNS);                                   // SG1f
 * long rated = sac.total(Population.CONCLUDED_S42, OutcomeAchievement.class);                     // SG4a block
 * long same = sac.value(SacTable.SG4A, "Concluded Section 42 Enquiries", "Outcomes Achieved", "Fully Achieved");
 * List<PublishedRow> rows = sac.publishedRows(council, ExportOptions.defaults());
 * }</pre>
 *
 * @param year         the reporting year
 * @param recordsRead  how many records were read
 * @param cells        the SAC cells; a tally gives every cell, zeros included, in published order
 * @param measures     the MSP measures
 * @param breakdowns   the board breakdowns by grouping name, in settings order
 * @param dataQuality  the data-quality report
 * @param partnership  the single-organisation and partnership levels of the measures, over journeys (the person
 *                     level is {@code measures})
 * @param concludedS42Enquiries the section 42 enquiries concluded in the year, the base of the consistency
 *                     checks ({@link #checks()}); a tally always gives it, a return built by hand may not
 */
public record SacReturn(ReportingYear year, long recordsRead, List<SacCell> cells, MspMeasures measures,
        Map<String, BoardBreakdown> breakdowns, DataQualityReport dataQuality, PartnershipMeasures partnership,
        OptionalLong concludedS42Enquiries) {

    /** Checks and copies. */
    public SacReturn {
        Objects.requireNonNull(year, "year");
        cells = List.copyOf(cells);
        Objects.requireNonNull(measures, "measures");
        breakdowns = Collections.unmodifiableMap(new LinkedHashMap<>(breakdowns));
        Objects.requireNonNull(dataQuality, "dataQuality");
        partnership = partnership == null ? PartnershipMeasures.empty() : partnership;
        Objects.requireNonNull(concludedS42Enquiries, "concludedS42Enquiries");
    }

    /**
     * A return without the partnership levels (as before linked records).
     *
     * @param year        the reporting year
     * @param recordsRead how many records were read
     * @param cells       the SAC cells
     * @param measures    the MSP measures
     * @param breakdowns  the board breakdowns by grouping name
     * @param dataQuality the data-quality report
     * @param concludedS42Enquiries the section 42 enquiries concluded in the year
     */
    public SacReturn(ReportingYear year, long recordsRead, List<SacCell> cells, MspMeasures measures,
            Map<String, BoardBreakdown> breakdowns, DataQualityReport dataQuality,
            OptionalLong concludedS42Enquiries) {
        this(year, recordsRead, cells, measures, breakdowns, dataQuality, PartnershipMeasures.empty(),
                concludedS42Enquiries);
    }

    /**
     * A return without the partnership levels and without the number of concluded section 42 enquiries (the
     * consistency checks then use the SG3a total as that number).
     *
     * @param year        the reporting year
     * @param recordsRead how many records were read
     * @param cells       the SAC cells
     * @param measures    the MSP measures
     * @param breakdowns  the board breakdowns
     * @param dataQuality the data-quality report
     */
    public SacReturn(ReportingYear year, long recordsRead, List<SacCell> cells, MspMeasures measures,
            Map<String, BoardBreakdown> breakdowns, DataQualityReport dataQuality) {
        this(year, recordsRead, cells, measures, breakdowns, dataQuality, PartnershipMeasures.empty(),
                OptionalLong.empty());
    }

    /**
     * The return's own consistency checks (rules MSP-RET-001 to MSP-RET-008 of the rule catalogue, each an error
     * or a query), like the inbuilt validations of the collection tool: the SG3a total, the SG4a "asked" total and
     * the SG2c total each equal the concluded section 42 enquiries; the achieved block adds up to "asked and
     * outcomes were expressed"; the SG3a support count is at most "lacked capacity"; the SG1a individuals at most
     * the SG1f section 42 enquiries; SG2e only, and for every, risk identified.
     *
     * <pre>{@code
     * sac.checks().stream().filter(c -> !c.passed()).forEach(c -> System.out.println(c.rule().id()));
     * }</pre>
     *
     * @return one result per rule, in id order
     * @throws MspException of kind {@code INVALID_VALUE} when the return lacks a cell a check reads
     */
    public List<ReturnCheck> checks() {
        return ReturnChecks.of(this);
    }
    /**
     * @param table a table
     * @return its cells, in order
     */
    public List<SacCell> cells(SacTable table) {
        return cells.stream().filter(c -> c.table() == table).toList();
    }

    /**
     * One cell of a one-way table: for example {@code count(Population.S42_ENQUIRIES, Gender.FEMALE)} (SG1b).
     *
     * @param population the population
     * @param key        an entry of the code list of one of the table's blocks
     * @return the exact count
     * @throws MspException of kind {@code INVALID_VALUE} when no table of the population is keyed by that code
     *     list (the message lists the keys expected), or when the return lacks the cell
     */
    public long count(Population population, Code key) {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(key, "key");
        return count(Keys.table(population, key), population, key);
    }

    /**
     * One cell of a cross-tabulation: for example {@code count(Population.CONCLUDED_S42, TypeOfRisk.NEGLECT,
     * SourceOfRisk.KNOWN)} (SG2a).
     *
     * @param population the population
     * @param row        an entry of the row code list
     * @param column     an entry of the column code list
     * @return the exact count
     * @throws MspException of kind {@code INVALID_VALUE} when no table of the population is keyed by those lists,
     *     or when the return lacks the cell
     */
    public long count(Population population, Code row, Code column) {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        return count(Keys.table(population, row, column), population, row, column);
    }

    /**
     * One cell of a named table: one key for a one-way table, a row and a column for a cross-tabulation, none for
     * a total.
     *
     * @param table      the table
     * @param population one of its populations
     * @param keys       the cell's keys
     * @return the exact count
     * @throws MspException of kind {@code INVALID_VALUE} when the keys do not fit the table's shape, or when the
     *     return lacks the cell
     */
    public long count(SacTable table, Population population, Code... keys) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(keys, "keys");
        for (int i = 0; i < keys.length; i++) {
            Objects.requireNonNull(keys[i], "keys[" + i + "]");
        }
        int index = Keys.index(table, population, keys);
        return cellValue(table, population, table.shape().labels(population), start(table, population), index);
    }

    /**
     * An SG1f total: concerns received, or section 42 or other enquiries commenced, in the year.
     *
     * @param population {@code SAFEGUARDING_CONCERNS}, {@code S42_ENQUIRIES} or {@code OTHER_ENQUIRIES}
     * @return the total
     * @throws MspException of kind {@code INVALID_VALUE} for another population, or when the return lacks the cell
     */
    public long total(Population population) {
        return count(SacTable.SG1F, Objects.requireNonNull(population, "population"));
    }

    /**
     * The total of one block of a one-way table: for example {@code total(Population.CONCLUDED_S42,
     * OutcomeAchievement.class)}, the enquiries counted in SG4a's achieved block, or {@code
     * total(Population.S42_ENQUIRIES, Gender.class)}, the distinct people of SG1b.
     *
     * @param population the population
     * @param codeList   the code list keying the block
     * @return the sum of the block's cells
     * @throws MspException of kind {@code INVALID_VALUE} when no table of the population has such a block, or when
     *     the return lacks one of the block's cells
     */
    public long total(Population population, Class<? extends Code> codeList) {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(codeList, "codeList");
        Keys.BlockOf found = Keys.block(population, codeList);
        SacTable table = found.table();
        List<TableShape.Labels> labels = table.shape().labels(population);
        int start = start(table, population);
        int from = Keys.index(table, population, found.block().keys().get(0));
        long sum = 0;
        for (int i = 0; i < found.block().keys().size(); i++) {
            sum += cellValue(table, population, labels, start, from + i);
        }
        return sum;
    }

    /**
     * The sum of all of a table's cells for one population (for a cross-tabulation such as SG2a, which counts an
     * enquiry once per distinct pair, more than the number of enquiries).
     *
     * @param table      the table
     * @param population one of its populations
     * @return the sum
     * @throws MspException of kind {@code INVALID_VALUE} when the table does not have the population, or when the
     *     return lacks one of its cells
     */
    public long total(SacTable table, Population population) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(population, "population");
        Keys.requirePopulation(table, population);
        List<TableShape.Labels> labels = table.shape().labels(population);
        int start = start(table, population);
        long sum = 0;
        for (int i = 0; i < labels.size(); i++) {
            sum += cellValue(table, population, labels, start, i);
        }
        return sum;
    }

    /**
     * The value of the cell at {@code index} of a table's cells of one population. The cells the tally makes are
     * in published order, so the cell is first looked for at {@code start + index}; it is used only if its labels
     * are the expected ones. Otherwise (cells given in another order, or some missing) the cell is found by its
     * labels, as {@link #value} does, which throws when the return has no such cell.
     */
    private long cellValue(SacTable table, Population population, List<TableShape.Labels> labels, int start,
            int index) {
        TableShape.Labels expected = labels.get(index);
        String enquiryType = population.enquiryType();
        int at = start + index;
        if (start >= 0 && at < cells.size()) {
            SacCell c = cells.get(at);
            if (c.table() == table && c.enquiryType().equals(enquiryType) && c.category().equals(expected.category())
                    && c.subcategory().equals(expected.subcategory())) {
                return c.value();
            }
        }
        return value(table, enquiryType, expected.category(), expected.subcategory());
    }

    /** @return the position of the first cell of the table and population, or -1 when there is none */
    private int start(SacTable table, Population population) {
        for (int i = 0; i < cells.size(); i++) {
            SacCell c = cells.get(i);
            if (c.table() == table && c.enquiryType().equals(population.enquiryType())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One cell by its published labels (for CSV consumers; typed code prefers {@link #count(Population, Code)}).
     *
     * @param table       the table
     * @param enquiryType the ENQUIRY_TYPE
     * @param category    the CATEGORY
     * @param subcategory the SUBCATEGORY
     * @return the exact value of that cell
     * @throws MspException of kind {@code INVALID_VALUE} when the return has no such cell
     */
    public long value(SacTable table, String enquiryType, String category, String subcategory) {
        for (SacCell c : cells) {
            if (c.table() == table && c.enquiryType().equals(enquiryType) && c.category().equals(category)
                    && c.subcategory().equals(subcategory)) {
                return c.value();
            }
        }
        throw new MspException(MspException.Kind.INVALID_VALUE, "no cell " + table.reference() + " / " + enquiryType
                + " / " + category + " / " + subcategory + " in the return");
    }

    /**
     * @param grouping a grouping name given in the settings
     * @return its breakdown
     * @throws MspException of kind {@code INVALID_VALUE} when no grouping has that name
     */
    public BoardBreakdown breakdown(String grouping) {
        BoardBreakdown b = breakdowns.get(grouping);
        if (b == null) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "no breakdown named '" + grouping
                    + "': expected one of " + breakdowns.keySet());
        }
        return b;
    }

    /**
     * The cells as rows of NHS England's published SAC layout, so a council's output can be put next to the
     * national publication and joined: the council's geography columns; only the cells the publication has (no
     * {@code Concluded Other Enquiries}, no SG1a {@code Age unknown}); the publication's wording of each label
     * ({@link org.mspsdk.vocabulary.Code#publishedLabel()}); sorted as the publication sorts, by LA_CODE,
     * TABLE_REFERENCE, ENQUIRY_TYPE, CATEGORY, SUBCATEGORY; disclosure control applied when the options ask for
     * it (a missing figure is then {@code [x]}; without it, empty). A cell whose labels are not the SDK's (a
     * return built by hand) is written as it is.
     *
     * @param council the council's geography columns
     * @param options export options
     * @return the rows, in the publication's order
     */
    public List<PublishedRow> publishedRows(CouncilMetadata council, ExportOptions options) {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(options, "options");
        List<String> values = DisclosureControl.apply(cells, options);
        Map<List<String>, Optional<TableShape.Labels>> published = PublishedLabels.of(cells);
        List<PublishedRow> rows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            SacCell c = cells.get(i);
            Optional<TableShape.Labels> labels = published.getOrDefault(PublishedLabels.key(c),
                    Optional.of(new TableShape.Labels(c.category(), c.subcategory())));
            if (labels.isEmpty()) {
                continue;
            }
            rows.add(new PublishedRow(council, c.table().reference(), c.enquiryType(), labels.get().category(),
                    labels.get().subcategory(), values.get(i)));
        }
        rows.sort(PublishedRow.PUBLISHED_ORDER);
        return rows;
    }

    @Override
    public String toString() {
        return "SacReturn[" + year.label() + ", records=" + recordsRead + ", cells=" + cells.size() + ", breakdowns="
                + breakdowns.keySet() + ", " + dataQuality + "]";
    }
}
