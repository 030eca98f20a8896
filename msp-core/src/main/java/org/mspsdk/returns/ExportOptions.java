package org.mspsdk.returns;

/**
 * Options for exporting a return.
 *
 * <pre>{@code
 * ExportOptions publication = ExportOptions.defaults().withDisclosureControl(true);
 * }</pre>
 *
 * @param disclosureControl apply publication disclosure control ({@link DisclosureControl}); off by default,
 *                          and never applied to stored or submitted figures
 */
public record ExportOptions(boolean disclosureControl) {

    /** @return the defaults: exact figures, no disclosure control */
    public static ExportOptions defaults() {
        return new ExportOptions(false);
    }

    /** @param on whether to apply disclosure control @return a copy */
    public ExportOptions withDisclosureControl(boolean on) {
        return new ExportOptions(on);
    }
}
