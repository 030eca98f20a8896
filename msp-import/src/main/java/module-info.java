/**
 * Mapping a council's CSV files and {@code .xlsx} workbooks onto MSP records: the mapping format, the readers
 * and the import engine; and the SAC return as an {@code .xlsx} workbook ({@code org.mspsdk.returns.xlsx}).
 * Workbooks are read and written with the JDK alone. Reads msp-core's public API only.
 */
module org.mspsdk.imports {
    // transitive: the import API takes core validators and hands out core records
    requires transitive org.mspsdk.core;
    requires org.apache.commons.csv;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires java.xml;

    exports org.mspsdk.imports;
    exports org.mspsdk.returns.xlsx;
}
