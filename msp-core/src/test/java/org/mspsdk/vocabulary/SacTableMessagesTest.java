package org.mspsdk.vocabulary;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;

/** The "expected one of" lists of the table and population look-ups are the enums' values, in order. */
class SacTableMessagesTest {

    @Test
    void anUnknownTableReferenceListsEveryTable() {
        assertThatThrownBy(() -> SacTable.fromReference("SG9z")).isInstanceOf(MspException.class)
                .hasMessage("Unknown SAC table reference: expected one of SG1a, SG1b, SG1c, SG1d, SG1e, SG1f, SG2a,"
                        + " SG2b, SG2a_b1, SG2c, SG2e, SG3a, SG4a, SG5a, SG5b");
    }

    @Test
    void anUnknownEnquiryTypeListsEveryPopulation() {
        assertThatThrownBy(() -> Population.fromEnquiryType("Enquiries")).isInstanceOf(MspException.class)
                .hasMessage("Unknown ENQUIRY_TYPE: expected one of Safeguarding Concerns, Section 42 Enquiries,"
                        + " Other Enquiries, Concluded Section 42 Enquiries, Concluded Other Enquiries, Count of Safeguarding"
                        + " Adult Reviews, Count of Individuals Involved in Safeguarding Adult Reviews");
    }
}
