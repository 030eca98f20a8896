package org.mspsdk.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14: the guidance wording is each code's label, the publication's wording its published label; import takes both. */
class PublishedLabelsTest {

    @Test
    void theFiveEntriesThePublicationWordsDifferentlyKeepTheGuidanceLabel() {
        assertThat(LocationOfRisk.COMMUNITY.label()).isEqualTo("In the Community (excluding community services)");
        assertThat(LocationOfRisk.COMMUNITY.publishedLabel()).isEqualTo("In the Community");
        assertThat(LocationOfRisk.COMMUNITY_SERVICE.publishedLabel()).isEqualTo("Community Service");
        assertThat(EnquiryResult.INCONCLUSIVE_ACTION.publishedLabel())
                .isEqualTo("Risk Assessment inconclusive and action taken");
        assertThat(EnquiryResult.INCONCLUSIVE_NO_ACTION.publishedLabel())
                .isEqualTo("Risk Assessment inconclusive and no action taken");
        assertThat(SacTable.Sg1eFlag.AUTISM_EXCLUDING_ASPERGER.publishedLabel()).isEqualTo("Learning, Developmental"
                + " or Intellectual Disability (Autism excluding Asperger's Syndrome/ High Functioning Autism)");
        assertThat(SacTable.Sg1eFlag.ASPERGER_OR_HIGH_FUNCTIONING_AUTISM.publishedLabel()).isEqualTo("Learning,"
                + " Developmental or Intellectual Disability (Asperger's Syndrome/ High Functioning Autism)");
        assertThat(TypeOfRisk.NEGLECT.publishedLabel()).isEqualTo(TypeOfRisk.NEGLECT.label());
    }

    @Test
    void importAcceptsBothWordings() {
        assertThat(LocationOfRisk.LIST.parse("In the Community")).isEqualTo(LocationOfRisk.COMMUNITY);
        assertThat(LocationOfRisk.LIST.parse("In the Community (excluding community services)"))
                .isEqualTo(LocationOfRisk.COMMUNITY);
        assertThat(LocationOfRisk.LIST.parse("Community Service")).isEqualTo(LocationOfRisk.COMMUNITY_SERVICE);
        assertThat(EnquiryResult.LIST.parse("Risk Assessment inconclusive and no action taken"))
                .isEqualTo(EnquiryResult.INCONCLUSIVE_NO_ACTION);
        assertThat(EnquiryResult.LIST.parse("Risk - Assessment inconclusive and no action taken"))
                .isEqualTo(EnquiryResult.INCONCLUSIVE_NO_ACTION);
    }

    @Test
    void onlyAgeUnknownIsLeftOutOfThePublication() {
        assertThat(AgeBand.UNKNOWN.inPublication()).isFalse();
        assertThat(AgeBand.AGE_95_PLUS.inPublication()).isTrue();
        assertThat(Population.CONCLUDED_OTHER.published()).isFalse();
        assertThat(Population.SAR_INDIVIDUALS.published()).isTrue();
    }
}
