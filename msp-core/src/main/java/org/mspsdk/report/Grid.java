package org.mspsdk.report;

import java.util.List;

/**
 * A table of figures: the one beside every chart, and the tables of sections without a chart. Written with a
 * caption, column headers ({@code scope="col"}) and a header cell for each row ({@code scope="row"}).
 *
 * @param caption the table's caption
 * @param rowHead the header of the first column (what the rows are)
 * @param columns the headers of the figure columns
 * @param rows    the rows
 */
record Grid(String caption, String rowHead, List<String> columns, List<Grid.Row> rows) {

    /**
     * One row.
     *
     * @param head  the row's header
     * @param cells its figures, one per column
     */
    record Row(String head, List<Figure> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    Grid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + r.cells().size() + " cells under " + columns.size()
                        + " columns");
            }
        }
    }

    /** Writes the table. */
    void write(Html page) {
        page.open("table").element("caption", caption).open("thead").open("tr")
                .element("th", rowHead, "scope", "col");
        for (String c : columns) {
            page.element("th", c, "scope", "col");
        }
        page.close("tr").close("thead").open("tbody").nl();
        for (Row r : rows) {
            page.open("tr").element("th", r.head(), "scope", "row");
            for (Figure f : r.cells()) {
                page.element("td", f.text(), f.attributeArray());
            }
            page.close("tr").nl();
        }
        page.close("tbody").close("table").nl();
    }
}
