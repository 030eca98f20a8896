package org.mspsdk.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The page's style sheet (inline, system fonts only) laid out for screen and for A4 paper, and UK dates.
 */
final class Style {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    static final String CSS = """
            @page { size: A4; margin: 14mm 14mm 16mm; }
            html { color: #1a1a1a; background: #ffffff; }
            body { font-family: Arial, "Liberation Sans", "DejaVu Sans", Helvetica, sans-serif; font-size: 11pt;
              line-height: 1.4; max-width: 182mm; margin: 0 auto; padding: 6mm 4mm 10mm; }
            h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 2mm; color: #0b1f3a; }
            h2 { font-size: 15pt; margin: 8mm 0 2mm; padding-top: 2mm; border-top: 2px solid #1b3a6b;
              color: #0b1f3a; break-after: avoid; }
            h3 { font-size: 12pt; margin: 5mm 0 1mm; color: #0b1f3a; break-after: avoid; }
            p { margin: 1mm 0 2mm; }
            .subtitle { margin: 0 0 3mm; }
            .notice { border: 2px solid #1b3a6b; background: #eef3f9; padding: 2mm 3mm; margin: 3mm 0; }
            .notice.warning { border-color: #1a1a1a; background: #ffffff; font-weight: bold; }
            .definition { border-left: 4px solid #a9c6ea; padding-left: 3mm; }
            .tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
            .tile { border: 1px solid #9aa7b8; border-top: 5px solid #1b3a6b; padding: 2mm 3mm;
              break-inside: avoid; }
            .tile p { margin: 0; }
            .tile-name { font-weight: bold; }
            .tile-figure { font-size: 24pt; font-weight: bold; color: #0b1f3a; line-height: 1.3; }
            .tile-definition, .tile-before { font-size: 9pt; }
            .tile-before { margin-top: 1mm; color: #333333; }
            figure { margin: 3mm 0 5mm; }
            figure.chart > figcaption { font-weight: bold; margin-bottom: 1mm; }
            .chart-svg { display: block; width: 100%; height: auto; margin: 1mm 0 2mm; break-inside: avoid; }
            .chart-svg text { font-size: 12px; }
            .multiples { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 6mm; }
            .multiple { break-inside: avoid; }
            .multiple-title { font-weight: bold; font-size: 10pt; margin: 1mm 0 0; }
            table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 1mm 0 4mm; }
            caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
            th, td { border-bottom: 1px solid #c8c8c8; padding: 0.8mm 1.5mm; vertical-align: top; }
            thead th { border-bottom: 2px solid #1a1a1a; text-align: right; vertical-align: bottom; }
            thead th:first-child, tbody th { text-align: left; font-weight: normal; }
            td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr { break-inside: avoid; }
            nav ol { columns: 2; margin: 0; }
            a { color: #1b3a6b; }
            dl.key { display: grid; grid-template-columns: 3em 1fr; margin: 1mm 0 2mm; }
            dl.key dt { font-weight: bold; }
            dl.key dd { margin: 0; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              a { text-decoration: none; color: inherit; }
              h2 { break-before: auto; }
            }
            """;

    private Style() {
    }

    /** @return a date as UK readers write it, for example {@code 1 April 2025} */
    static String date(LocalDate date) {
        return UK_DATE.format(date);
    }
}
