/**
 * The board report: one self-contained HTML page with the Making Safeguarding Personal picture a Safeguarding
 * Adults Board looks at, for a reporting year and the years before it. {@link org.mspsdk.report.ReportSettings}
 * say which years, board breakdowns and title, and whether disclosure control applies (on by default); a
 * {@link org.mspsdk.report.ReportTally} counts records once into one {@link org.mspsdk.returns.SacTally} per year;
 * {@link org.mspsdk.report.BoardReport#html} renders the {@link org.mspsdk.report.ReportData}.
 *
 * <p>The page is HTML and SVG written as text by this package (no dependency, no script, no external reference,
 * a Content-Security-Policy that forbids loading anything), printable on A4. Each section is a small
 * package-private renderer fed by one measure result ({@code SectorOutcomesSection}, {@code Sg4aSection}, ...),
 * listed in order in {@code BoardReport}; a new measure becomes a new section class and one line there. Charts
 * are three small SVG drawings ({@code ShareBars}, {@code Bars}, {@code Columns}), each shown in a
 * {@code ChartFigure} with a text alternative and the table of its figures. Figures go through {@code Figures},
 * which applies disclosure control and UK number formatting in one place, and marks each figure with the
 * JSON Pointer of the {@code msp measures} or {@code msp sac} output it comes from, so tests can check the page
 * against those outputs.
 */
package org.mspsdk.report;
