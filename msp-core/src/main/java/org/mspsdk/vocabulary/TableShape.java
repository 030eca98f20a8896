package org.mspsdk.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mspsdk.MspException;

/**
 * The shape of a SAC table: its populations ({@code ENQUIRY_TYPE}s) and, for each, its cells in order with their
 * {@code CATEGORY} and {@code SUBCATEGORY} labels. The one place that says which code lists key a table; the
 * tally, the typed queries of a return, disclosure control and the CSV grid all read it.
 *
 * <ul>
 *   <li>{@link Kind#ONE_WAY}: one or more blocks, each a {@code CATEGORY} (for example {@code Gender}, or SG4a's
 *       two blocks) whose cells are the entries of one code list, the SAC label as {@code SUBCATEGORY};</li>
 *   <li>{@link Kind#CROSS_TAB}: a row code list by a column code list (SG2a: type by source of risk), the row
 *       label as {@code CATEGORY} and the column label as {@code SUBCATEGORY}, row by row;</li>
 *   <li>{@link Kind#TOTAL}: one cell per population (SG1f).</li>
 * </ul>
 *
 * <pre>{@code
 * TableShape sg4a = SacTable.SG4A.shape();
 * sg4a.blocks().get(1).category();                         // "Outcomes Achieved"
 * sg4a.index(OutcomeAchievement.FULLY_ACHIEVED);           // 5: after the five "asked" cells
 * }</pre>
 */
public final class TableShape {

    /** How a table's cells are keyed. */
    public enum Kind {
        /** Blocks of one code list each. */
        ONE_WAY,
        /** A row code list by a column code list. */
        CROSS_TAB,
        /** One total per population. */
        TOTAL
    }

    /**
     * One block of a one-way table.
     *
     * @param category the {@code CATEGORY} label
     * @param codeList the code list (an enum) whose entries are the block's cells, in order
     */
    public record Block(String category, Class<? extends Code> codeList) {
        /** Checks the parts. */
        public Block {
            Objects.requireNonNull(category, "category");
            if (!Objects.requireNonNull(codeList, "codeList").isEnum()) {
                throw new IllegalArgumentException("a block's code list must be an enum");
            }
        }

        /** @return the code list's entries, in order (read when asked, so a shape never initialises a code list) */
        public List<Code> keys() {
            return entries(codeList);
        }
    }

    /**
     * Reads a code list's entries when asked: a shape keeps only the class, so making {@link SacTable}'s
     * constants never initialises a code list, and code lists may refer to {@code SacTable} without a cycle.
     */
    private static List<Code> entries(Class<? extends Code> codeList) {
        return codeList == null ? List.of() : List.<Code>of(codeList.getEnumConstants());
    }

    /**
     * The labels of one cell.
     *
     * @param category    the {@code CATEGORY}
     * @param subcategory the {@code SUBCATEGORY}
     */
    public record Labels(String category, String subcategory) {
    }

    private final Kind kind;
    private final List<Population> populations;
    private final List<Block> blocks;
    private final Class<? extends Code> rows;
    private final Class<? extends Code> columns;
    private final Map<Population, String> totals;
    private final boolean blockPerPopulation;

    private TableShape(Kind kind, List<Population> populations, List<Block> blocks, Class<? extends Code> rows,
            Class<? extends Code> columns, Map<Population, String> totals, boolean blockPerPopulation) {
        this.kind = kind;
        this.populations = List.copyOf(populations);
        this.blocks = List.copyOf(blocks);
        this.rows = rows;
        this.columns = columns;
        this.totals = totals;
        this.blockPerPopulation = blockPerPopulation;
    }

    /**
     * @param category the block's {@code CATEGORY}
     * @param codeList the code list
     * @param <E>      the code list type
     * @return a block of a one-way table
     */
    public static <E extends Enum<E> & Code> Block block(String category, Class<E> codeList) {
        return new Block(category, codeList);
    }

    /**
     * @param populations the populations, in published order
     * @param blocks      the blocks, in published order
     * @return a one-way shape
     */
    public static TableShape oneWay(List<Population> populations, Block... blocks) {
        return new TableShape(Kind.ONE_WAY, populations, List.of(blocks), null, null, Map.of(), false);
    }

    /**
     * @param populations the populations, in published order
     * @param rows        the row code list ({@code CATEGORY})
     * @param columns     the column code list ({@code SUBCATEGORY})
     * @param <R>         the row type
     * @param <C>         the column type
     * @return a cross-tabulation; for disclosure control the whole table of one population is one block
     */
    public static <R extends Enum<R> & Code, C extends Enum<C> & Code> TableShape crossTab(
            List<Population> populations, Class<R> rows, Class<C> columns) {
        return new TableShape(Kind.CROSS_TAB, populations, List.of(), rows, columns, Map.of(), true);
    }

    /**
     * @param subcategories each population's total label ({@code SUBCATEGORY}), in published order; the
     *                      {@code CATEGORY} is {@code Total}
     * @return a shape of one total per population
     */
    public static TableShape total(Map<Population, String> subcategories) {
        Map<Population, String> copy = Collections.unmodifiableMap(new EnumMap<>(subcategories));
        return new TableShape(Kind.TOTAL, List.copyOf(copy.keySet()), List.of(), null, null, copy, false);
    }

    /**
     * @return a copy in which, for disclosure control, all the cells of one population form one block (so a zero
     *     subset beside non-zero answers is suppressed as {@code [c]}, not shown as an empty block)
     */
    public TableShape withOneDisclosureBlockPerPopulation() {
        return new TableShape(kind, populations, blocks, rows, columns, totals, true);
    }

    /** @return how the cells are keyed */
    public Kind kind() {
        return kind;
    }

    /** @return the populations, in published order */
    public List<Population> populations() {
        return populations;
    }

    /** @return the blocks of a one-way table (empty for the other kinds) */
    public List<Block> blocks() {
        return blocks;
    }

    /** @return the row keys of a cross-tabulation (empty for the other kinds) */
    public List<Code> rows() {
        return entries(rows);
    }

    /** @return the column keys of a cross-tabulation (empty for the other kinds) */
    public List<Code> columns() {
        return entries(columns);
    }

    /** @return true when, for disclosure control, all the cells of one population form one block */
    public boolean oneDisclosureBlockPerPopulation() {
        return blockPerPopulation;
    }

    /** @return the number of cells per population */
    public int size() {
        return switch (kind) {
            case ONE_WAY -> blocks.stream().mapToInt(b -> b.keys().size()).sum();
            case CROSS_TAB -> rows().size() * columns().size();
            case TOTAL -> 1;
        };
    }

    /**
     * @param population one of {@link #populations()}
     * @return the labels of its cells, in published order (the order of a tally's counts)
     */
    public List<Labels> labels(Population population) {
        List<Labels> out = new ArrayList<>(size());
        switch (kind) {
            case ONE_WAY -> blocks.forEach(b -> b.keys().forEach(k -> out.add(new Labels(b.category(), k.label()))));
            case CROSS_TAB -> rows().forEach(r -> columns().forEach(c -> out.add(new Labels(r.label(), c.label()))));
            case TOTAL -> out.add(new Labels("Total", totals.get(population)));
        }
        return out;
    }

    /**
     * The labels NHS England's publication writes for a population's cells ({@link Code#publishedLabel()}), in
     * the order of {@link #labels(Population)}; empty for a cell the publication has no row for
     * ({@link Code#inPublication()}), and for every cell of a population it does not publish
     * ({@link Population#published()}).
     *
     * @param population one of {@link #populations()}
     * @return one entry per cell
     */
    public List<java.util.Optional<Labels>> publishedLabels(Population population) {
        List<java.util.Optional<Labels>> out = new ArrayList<>(size());
        boolean published = population.published();
        switch (kind) {
            case ONE_WAY -> blocks.forEach(b -> b.keys().forEach(k -> out.add(published && k.inPublication()
                    ? java.util.Optional.of(new Labels(b.category(), k.publishedLabel())) : java.util.Optional.empty())));
            case CROSS_TAB -> rows().forEach(r -> columns().forEach(c -> out.add(published && r.inPublication()
                    && c.inPublication() ? java.util.Optional.of(new Labels(r.publishedLabel(), c.publishedLabel()))
                    : java.util.Optional.empty())));
            case TOTAL -> out.add(published ? java.util.Optional.of(new Labels("Total", totals.get(population)))
                    : java.util.Optional.empty());
        }
        return out;
    }

    /**
     * @param codeList a code list
     * @return the block keyed by it, or empty
     */
    public java.util.Optional<Block> blockOf(Class<? extends Code> codeList) {
        return blocks.stream().filter(b -> b.codeList() == codeList).findFirst();
    }

    /**
     * @param key an entry of one block's code list
     * @return the cell's position among a population's cells
     * @throws MspException of kind {@code INVALID_VALUE} when no block has that code list
     */
    public int index(Code key) {
        int offset = 0;
        for (Block b : blocks) {
            int i = b.keys().indexOf(key);
            if (i >= 0) {
                return offset + i;
            }
            offset += b.keys().size();
        }
        throw new MspException(MspException.Kind.INVALID_VALUE, "expected an entry of "
                + blocks.stream().map(b -> b.codeList().getSimpleName()).toList() + " but got " + listName(key));
    }

    /**
     * @param row    an entry of the row code list
     * @param column an entry of the column code list
     * @return the cell's position among a population's cells
     * @throws MspException of kind {@code INVALID_VALUE} when the shape is not a cross-tabulation of those lists
     */
    public int index(Code row, Code column) {
        List<Code> columnKeys = columns();
        int r = rows().indexOf(row);
        int c = columnKeys.indexOf(column);
        if (kind != Kind.CROSS_TAB || r < 0 || c < 0) {
            throw new MspException(MspException.Kind.INVALID_VALUE, "expected " + (kind != Kind.CROSS_TAB
                    ? "a table keyed by two code lists" : "a row of " + rows.getSimpleName() + " and a column of "
                    + columns.getSimpleName()) + " but got " + listName(row) + " and " + listName(column));
        }
        return r * columnKeys.size() + c;
    }

    /** @return the simple name of the code list a key belongs to */
    static String listName(Code key) {
        return key instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : key.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "TableShape[" + kind + ", " + populations + ", " + size() + " cells each]";
    }
}
