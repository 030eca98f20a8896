package org.mspsdk.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mspsdk.MspException;
import org.mspsdk.synthetic.SyntheticDataGenerator;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TableShape;
import org.mspsdk.vocabulary.TypeOfRisk;

/** Typed queries of a return: population and code-list entries as keys; the label form agrees. */
class TypedQueryTest {

    private static SacReturn sac;

    @BeforeAll
    static void tally() {
        sac = new SyntheticDataGenerator(5).stream(4000).collect(SacTally.collector(SacSettings.of(Fixtures.YEAR)));
    }

    @Test
    void everyOneWayCellReadsTheSameByTypedKeyAndByLabel() {
        int checked = 0;
        for (SacTable table : SacTable.values()) {
            TableShape shape = table.shape();
            for (Population p : shape.populations()) {
                for (TableShape.Block b : shape.blocks()) {
                    for (Code key : b.keys()) {
                        long byLabel = sac.value(table, p.enquiryType(), b.category(), key.label());
                        assertThat(sac.count(p, key)).as("%s %s %s", table, p, key).isEqualTo(byLabel);
                        assertThat(sac.count(table, p, key)).isEqualTo(byLabel);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(sac.cells().size() - crossTabAndTotalCells());
    }

    private static int crossTabAndTotalCells() {
        int n = 0;
        for (SacTable t : SacTable.values()) {
            if (t.shape().kind() != TableShape.Kind.ONE_WAY) {
                n += t.shape().size() * t.shape().populations().size();
            }
        }
        return n;
    }

    @Test
    void crossTabulationsTakeARowAndAColumn() {
        for (Population p : List.of(Population.CONCLUDED_S42, Population.CONCLUDED_OTHER)) {
            for (TypeOfRisk type : TypeOfRisk.values()) {
                for (SourceOfRisk source : SourceOfRisk.values()) {
                    assertThat(sac.count(p, type, source)).isEqualTo(sac.value(SacTable.SG2A, p.enquiryType(),
                            type.label(), source.label()));
                }
            }
        }
        assertThat(sac.count(Population.CONCLUDED_S42, LocationOfRisk.OWN_HOME, SourceOfRisk.KNOWN))
                .isEqualTo(sac.value(SacTable.SG2B, "Concluded Section 42 Enquiries", "Own Home",
                        "Other - Known to individual"));
    }

    @Test
    void totalsAreSg1fAndBlockAndTableSums() {
        assertThat(sac.total(Population.S42_ENQUIRIES)).isEqualTo(sac.value(SacTable.SG1F, "Section 42 Enquiries",
                "Total", "Total Number of Section 42 Safeguarding Enquiries")).isPositive();
        long achieved = 0;
        for (OutcomeAchievement a : OutcomeAchievement.values()) {
            achieved += sac.count(Population.CONCLUDED_S42, a);
        }
        assertThat(sac.total(Population.CONCLUDED_S42, OutcomeAchievement.class)).isEqualTo(achieved).isPositive();
        long s42People = 0;
        for (Gender g : Gender.values()) {
            s42People += sac.count(Population.S42_ENQUIRIES, g);
        }
        assertThat(sac.total(Population.S42_ENQUIRIES, Gender.class)).isEqualTo(s42People);
        assertThat(sac.total(SacTable.SG2A, Population.CONCLUDED_S42)).isEqualTo(sac.cells(SacTable.SG2A).stream()
                .filter(c -> c.population() == Population.CONCLUDED_S42).mapToLong(SacCell::value).sum());
    }

    @Test
    void aKeyOfAnotherPopulationIsRejectedNamingWhatWasExpected() {
        assertThatThrownBy(() -> sac.count(Population.S42_ENQUIRIES, OutcomeAchievement.FULLY_ACHIEVED))
                .isInstanceOf(MspException.class)
                .hasMessage("no SAC table of Section 42 Enquiries is keyed by OutcomeAchievement: expected one of"
                        + " [SG1a AgeBand, SG1b Gender, SG1c Ethnicity, SG1d PrimarySupportReason, SG1e Sg1eFlag]");
        assertThatThrownBy(() -> sac.count(SacTable.SG4A, Population.S42_ENQUIRIES, AskedAboutOutcomes.NOT_ASKED))
                .isInstanceOf(MspException.class)
                .hasMessageContaining("SG4a has no Section 42 Enquiries: expected one of [Concluded Section 42");
    }

    @Test
    void theExpectedKeysAreOnlyThoseOfThePopulationAskedFor() {
        assertThatThrownBy(() -> sac.count(Population.CONCLUDED_OTHER, Gender.FEMALE))
                .isInstanceOf(MspException.class)
                .hasMessage("no SAC table of Concluded Other Enquiries is keyed by Gender: expected one of"
                        + " [SG2c EnquiryResult, SG2e RiskOutcome]");
        assertThatThrownBy(() -> sac.count(Population.CONCLUDED_OTHER, TypeOfRisk.NEGLECT, Gender.FEMALE))
                .isInstanceOf(MspException.class)
                .hasMessage("no SAC table of Concluded Other Enquiries is keyed by TypeOfRisk and Gender: expected a"
                        + " row and column of one of [SG2a TypeOfRisk by SourceOfRisk, SG2b LocationOfRisk by"
                        + " SourceOfRisk, SG2a_b1 TypeOfRisk by LocationOfRisk]");
        assertThatThrownBy(() -> sac.count(Population.S42_ENQUIRIES, TypeOfRisk.NEGLECT, SourceOfRisk.KNOWN))
                .isInstanceOf(MspException.class)
                .hasMessage("no SAC table of Section 42 Enquiries is keyed by TypeOfRisk and SourceOfRisk:"
                        + " Section 42 Enquiries has no cross-tabulation");
        assertThatThrownBy(() -> sac.total(Population.CONCLUDED_OTHER, OutcomeAchievement.class))
                .isInstanceOf(MspException.class)
                .hasMessage("no block of Concluded Other Enquiries is keyed by OutcomeAchievement: expected one of"
                        + " [SG2c EnquiryResult, SG2e RiskOutcome]");
    }

    @Test
    void aNullArgumentIsANullPointerExceptionNamingTheParameter() {
        assertThatThrownBy(() -> sac.count(null, Gender.FEMALE)).isInstanceOf(NullPointerException.class)
                .hasMessage("population");
        assertThatThrownBy(() -> sac.count(Population.S42_ENQUIRIES, (Code) null))
                .isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> sac.count(Population.CONCLUDED_S42, null, SourceOfRisk.KNOWN))
                .isInstanceOf(NullPointerException.class).hasMessage("row");
        assertThatThrownBy(() -> sac.count(Population.CONCLUDED_S42, TypeOfRisk.NEGLECT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("column");
        assertThatThrownBy(() -> sac.count(null, Population.CONCLUDED_S42, OutcomeAchievement.FULLY_ACHIEVED))
                .isInstanceOf(NullPointerException.class).hasMessage("table");
        assertThatThrownBy(() -> sac.count(SacTable.SG4A, null, OutcomeAchievement.FULLY_ACHIEVED))
                .isInstanceOf(NullPointerException.class).hasMessage("population");
        assertThatThrownBy(() -> sac.count(SacTable.SG2A, Population.CONCLUDED_S42, TypeOfRisk.NEGLECT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("keys[1]");
        assertThatThrownBy(() -> sac.count(SacTable.SG1F, Population.S42_ENQUIRIES, (Code[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("keys");
        assertThatThrownBy(() -> sac.total(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("population");
        assertThatThrownBy(() -> sac.total(Population.CONCLUDED_S42, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("codeList");
        assertThatThrownBy(() -> sac.total(SacTable.SG2A, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("population");
    }

    @Test
    void aCrossTabulationAskedWithOneKeyOrTheWrongListsIsRejected() {
        assertThatThrownBy(() -> sac.count(Population.CONCLUDED_S42, TypeOfRisk.NEGLECT))
                .isInstanceOf(MspException.class).hasMessageContaining("keyed by TypeOfRisk");
        assertThatThrownBy(() -> sac.count(SacTable.SG2A, Population.CONCLUDED_S42, TypeOfRisk.NEGLECT))
                .isInstanceOf(MspException.class)
                .hasMessageContaining("SG2a is a cross-tabulation of TypeOfRisk by SourceOfRisk: expected 2 key(s)");
        assertThatThrownBy(() -> sac.count(Population.CONCLUDED_S42, SourceOfRisk.KNOWN, TypeOfRisk.NEGLECT))
                .isInstanceOf(MspException.class).hasMessageContaining("expected a row and column of")
                .hasMessageContaining("SG2a TypeOfRisk by SourceOfRisk");
    }

    @Test
    void sg1fTotalsExistOnlyForConcernsAndEnquiriesCommenced() {
        assertThatThrownBy(() -> sac.total(Population.CONCLUDED_S42)).isInstanceOf(MspException.class)
                .hasMessageContaining("SG1f has no Concluded Section 42 Enquiries: expected one of"
                        + " [Safeguarding Concerns, Section 42 Enquiries, Other Enquiries]");
    }

    @Test
    void eachCodeListKeysAtMostOneTableOfAPopulationSoOneKeyNamesItsTable() {
        for (Population p : Population.values()) {
            Set<Class<?>> seen = new HashSet<>();
            List<String> tables = new ArrayList<>();
            for (SacTable t : SacTable.values()) {
                if (t.shape().populations().contains(p)) {
                    for (TableShape.Block b : t.shape().blocks()) {
                        assertThat(seen.add(b.codeList())).as("%s keyed twice in %s", b.codeList(), p).isTrue();
                    }
                    tables.add(t.reference());
                }
            }
            assertThat(tables).isNotEmpty();
        }
    }

    @Test
    void theCellsFollowThePublishedOrderOfTheTablesShapes() {
        List<String> expected = new ArrayList<>();
        for (SacTable.Part part : SacTable.publishedOrder()) {
            part.table().shape().labels(part.population()).forEach(l -> expected.add(part.table().reference()
                    + "|" + part.population().enquiryType() + "|" + l.category() + "|" + l.subcategory()));
        }
        assertThat(sac.cells().stream().map(c -> c.table().reference() + "|" + c.enquiryType() + "|"
                + c.category() + "|" + c.subcategory()).toList()).isEqualTo(expected);
        assertThat(sac.cells().get(0).blockKey()).isEqualTo("SG1a|Safeguarding Concerns|Age band");
        assertThat(sac.cells(SacTable.SG3A).get(0).blockKey()).isEqualTo("SG3a|Concluded Section 42 Enquiries");
    }

    @Test
    void dataQualityIssuesNameTheirTables() {
        assertThat(DataQualityIssue.NO_RISK_ITEMS.tables()).containsExactly(SacTable.SG2A, SacTable.SG2B);
        assertThat(DataQualityIssue.NO_RISK_ITEMS.affects()).isEqualTo("SG2a/SG2b");
        assertThat(DataQualityIssue.ASKED_NOT_RECORDED.affects()).isEqualTo("SG4a");
        assertThat(DataQualityIssue.FEELING_SAFE_NOT_PAIRED.tables()).isEmpty();
        assertThat(DataQualityIssue.FEELING_SAFE_NOT_PAIRED.affects()).isEqualTo("feeling-safe");
    }
}
