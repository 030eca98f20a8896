package org.mspsdk.imports;

/**
 * Limits that keep a hostile or mistaken source within bounded time and memory. Each breach stops reading that
 * source with a clear message; none is silent.
 *
 * @param maxRows           rows read from one source (default 5,000,000)
 * @param maxCellChars      characters in one cell (default 32,767, Excel's own limit)
 * @param maxRowChars       characters in one CSV row, quotes and line breaks included (default 1,000,000)
 * @param maxColumns        columns in one row (default 1,000)
 * @param maxChildRows      child rows held in memory while waiting for their record (default 2,000,000)
 * @param maxWorkbookEntry  bytes of one part of an {@code .xlsx} once inflated (default 500 MB)
 * @param minInflateRatio   the smallest compressed-to-inflated ratio accepted in an {@code .xlsx} (default
 *                          0.01: an entry that inflates more than 100 times is taken for a zip bomb)
 */
record ImportLimits(long maxRows, int maxCellChars, int maxRowChars, int maxColumns, long maxChildRows,
        long maxWorkbookEntry, double minInflateRatio) {

    static ImportLimits defaults() {
        return new ImportLimits(5_000_000L, 32_767, 1_000_000, 1_000, 2_000_000L, 500_000_000L, 0.01);
    }
}
