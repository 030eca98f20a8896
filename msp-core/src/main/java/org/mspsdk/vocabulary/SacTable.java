package org.mspsdk.vocabulary;

import static org.mspsdk.vocabulary.TableShape.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mspsdk.MspException;

/**
 * The tables of the Safeguarding Adults Collection that the SDK produces, with their published reference and
 * their {@link #shape() shape}: which populations ({@code ENQUIRY_TYPE}s) each has, whether it is one-way or a
 * cross-tabulation, which code lists key its cells, and how disclosure control groups them. Adding a table means
 * one entry here, one tally class in {@code org.mspsdk.returns} with its case in {@code TablePart.of} (a switch
 * without a default, so an entry without its case does not compile), and one test.
 *
 * <pre>{@code
 * SacTable.SG2A.shape().kind();          // CROSS_TAB: TypeOfRisk by SourceOfRisk
 * SacTable.fromReference("SG4a");        // SG4A
 * SacTable.SG2A_B1.reference();          // "SG2a_b1": TypeOfRisk by LocationOfRisk
 * }</pre>
 */
public enum SacTable {
    /** SG1a: individuals by age band (age on the last day of the year, or at death). */
    SG1A("SG1a", "Age band", 1, TableShape.oneWay(P.PEOPLE, block("Age band", AgeBand.class))),
    /** SG1b: individuals by gender. */
    SG1B("SG1b", "Gender", 1, TableShape.oneWay(P.PEOPLE, block("Gender", Gender.class))),
    /** SG1c: individuals by ethnicity. */
    SG1C("SG1c", "Ethnicity", 1, TableShape.oneWay(P.PEOPLE, block("Ethnicity", Ethnicity.class))),
    /** SG1d: individuals by primary support reason (a person may be counted under more than one reason). */
    SG1D("SG1d", "Primary Support Reason", 1,
            TableShape.oneWay(P.PEOPLE, block("Primary Support Reason", PrimarySupportReason.class))),
    /** SG1e: individuals with a learning, developmental or intellectual disability flag. */
    SG1E("SG1e", "Learning, Developmental or Intellectual Disability", 1, TableShape.oneWay(P.PEOPLE,
            block("Learning, Developmental or Intellectual Disability", Sg1eFlag.class))),
    /** SG1f: totals of concerns, section 42 enquiries and other enquiries. */
    SG1F("SG1f", "Totals", 2, TableShape.total(P.totals())),
    /** SG2a: concluded enquiries by type of risk and source of risk. */
    SG2A("SG2a", "Type of Risk", 3, TableShape.crossTab(P.CONCLUDED, TypeOfRisk.class, SourceOfRisk.class)),
    /** SG2b: concluded enquiries by location of risk and source of risk. */
    SG2B("SG2b", "Location of Risk", 3,
            TableShape.crossTab(P.CONCLUDED, LocationOfRisk.class, SourceOfRisk.class)),
    /**
     * SG2a_b1: concluded enquiries by type of risk and location of risk, once per distinct (type, location) pair
     * of its risk items (published by NHS England beside SG2a and SG2b).
     */
    SG2A_B1("SG2a_b1", "Type of Risk by Location of Risk", 3,
            TableShape.crossTab(P.CONCLUDED, TypeOfRisk.class, LocationOfRisk.class)),
    /** SG2c: concluded enquiries by action taken and result. */
    SG2C("SG2c", "Action Taken and Result", 3,
            TableShape.oneWay(P.CONCLUDED, block("Action Taken and Result", EnquiryResult.class))),
    /** SG2e: concluded enquiries where a risk was identified, by risk outcome. */
    SG2E("SG2e", "Risk Outcome", 3, TableShape.oneWay(P.CONCLUDED, block("Risk Outcome", RiskOutcome.class))),
    /** SG3a: concluded section 42 enquiries by mental capacity, with the advocacy support subset. */
    SG3A("SG3a", "Mental Capacity", 4, TableShape.oneWay(P.CONCLUDED_S42,
            block("Lacked Capacity", CapacityAnswer.class), block("Support", Sg3aSupport.class))
            .withOneDisclosureBlockPerPopulation()),
    /** SG4a: concluded section 42 enquiries: asked about desired outcomes, and outcomes achieved. */
    SG4A("SG4a", "Making Safeguarding Personal", 5, TableShape.oneWay(P.CONCLUDED_S42,
            block("Asked about Desired Outcomes", AskedAboutOutcomes.class),
            block("Outcomes Achieved", OutcomeAchievement.class))),
    /**
     * SG5a: Safeguarding Adults Reviews completed in the year, by whether one or more individuals died. From the
     * board's register of reviews ({@link org.mspsdk.model.SarRegister}), not from person records.
     */
    SG5A("SG5a", "Safeguarding Adults Reviews", 6, TableShape.oneWay(List.of(Population.SAFEGUARDING_ADULT_REVIEWS),
            block("Safeguarding Adults Reviews", Sg5aReviews.class))),
    /** SG5b: individuals involved in the Safeguarding Adults Reviews completed in the year, died or survived. */
    SG5B("SG5b", "Individuals Involved in Safeguarding Adults Reviews", 6,
            TableShape.oneWay(List.of(Population.SAR_INDIVIDUALS),
                    block("Individuals Involved", Sg5bIndividuals.class)));

    /** The two SG1e flags (the keys of SG1e's one block). */
    public enum Sg1eFlag implements Code {
        /** Autism, excluding Asperger's syndrome and high-functioning autism. */
        AUTISM_EXCLUDING_ASPERGER("autism-excluding-asperger",
                "Autism excluding Asperger's Syndrome / High Functioning Autism",
                "Learning, Developmental or Intellectual Disability (Autism excluding Asperger's Syndrome/ High"
                        + " Functioning Autism)"),
        /** Asperger's syndrome or high-functioning autism. */
        ASPERGER_OR_HIGH_FUNCTIONING_AUTISM("asperger-or-high-functioning-autism",
                "Asperger's Syndrome / High Functioning Autism",
                "Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High Functioning Autism)");

        private final CodeEntry entry;

        Sg1eFlag(String code, String label, String published) {
            this.entry = CodeEntry.published(code, label, published);
        }

        @Override
        public CodeEntry entry() {
            return entry;
        }
    }

    /** SG3a's support subset (the key of its "Support" block). */
    public enum Sg3aSupport implements Code {
        /** Of the enquiries where the person lacked capacity, those with an advocate, family or friend. */
        SUPPORTED("supported", "Of the enquiries recorded as Yes, in how many of these cases was support provided by"
                + " an advocate, family or friend");

        private final CodeEntry entry;

        Sg3aSupport(String code, String label) {
            this.entry = new CodeEntry(code, label);
        }

        @Override
        public CodeEntry entry() {
            return entry;
        }
    }

    /** SG5a's keys: reviews where one or more of the individuals involved died, and where none did. */
    public enum Sg5aReviews implements Code {
        /** Reviews where one or more individuals died. */
        ONE_OR_MORE_DIED("one-or-more-died", "Where one or more individuals died"),
        /** Reviews where no individuals died. */
        NONE_DIED("none-died", "Where no individuals died");

        private final CodeEntry entry;

        Sg5aReviews(String code, String label) {
            this.entry = new CodeEntry(code, label);
        }

        @Override
        public CodeEntry entry() {
            return entry;
        }
    }

    /** SG5b's keys: the individuals involved in reviews who suffered serious harm and died, or survived. */
    public enum Sg5bIndividuals implements Code {
        /** Individuals who suffered serious harm and died. */
        DIED("died", "Who suffered serious harm and died"),
        /** Individuals who suffered serious harm and survived. */
        SURVIVED("survived", "Who suffered serious harm and survived");

        private final CodeEntry entry;

        Sg5bIndividuals(String code, String label) {
            this.entry = new CodeEntry(code, label);
        }

        @Override
        public CodeEntry entry() {
            return entry;
        }
    }

    /**
     * One population of one table: the unit of the published order.
     *
     * @param table      the table
     * @param population one of its populations
     */
    public record Part(SacTable table, Population population) {
    }

    private static final List<Part> PUBLISHED_ORDER = publishedOrder(values());

    private final String reference;
    private final String title;
    private final int section;
    private final TableShape shape;

    SacTable(String reference, String title, int section, TableShape shape) {
        this.reference = reference;
        this.title = title;
        this.section = section;
        this.shape = shape;
    }

    /** @return the published table reference, for example {@code SG2a} */
    public String reference() {
        return reference;
    }

    /** @return a short title */
    public String title() {
        return title;
    }

    /** @return the table's populations, cells, keys and disclosure-control blocks */
    public TableShape shape() {
        return shape;
    }

    /**
     * The block a cell belongs to for disclosure control: all the cells of one population where the shape says
     * so (SG2a and SG2b; SG3a with its support subset), otherwise the cells sharing population and
     * {@code CATEGORY} (for example SG4a's "asked" block).
     *
     * @param enquiryType the cell's {@code ENQUIRY_TYPE}
     * @param category    the cell's {@code CATEGORY}
     * @return the block key
     */
    public String disclosureBlock(String enquiryType, String category) {
        return shape.oneDisclosureBlockPerPopulation() ? reference + "|" + enquiryType
                : reference + "|" + enquiryType + "|" + category;
    }

    /**
     * The order of the published long layout: tables in order, except that the tables of one section (SG1a-SG1e;
     * SG2a-SG2e) are written population by population, each population's tables in table order.
     *
     * @return every (table, population) pair, in published order
     */
    public static List<Part> publishedOrder() {
        return PUBLISHED_ORDER;
    }

    private static List<Part> publishedOrder(SacTable[] tables) {
        List<Part> out = new ArrayList<>();
        for (int start = 0; start < tables.length;) {
            int end = start;
            while (end < tables.length && tables[end].section == tables[start].section) {
                end++;
            }
            java.util.Set<Population> populations = new java.util.LinkedHashSet<>();
            for (int t = start; t < end; t++) {
                populations.addAll(tables[t].shape.populations());
            }
            for (Population p : populations) {
                for (int t = start; t < end; t++) {
                    if (tables[t].shape.populations().contains(p)) {
                        out.add(new Part(tables[t], p));
                    }
                }
            }
            start = end;
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param reference a published reference, for example {@code SG4a} (case-insensitive)
     * @return the table
     * @throws MspException of kind {@code UNKNOWN_CODE} when there is no such table
     */
    public static SacTable fromReference(String reference) {
        for (SacTable t : values()) {
            if (t.reference.equalsIgnoreCase(reference)) {
                return t;
            }
        }
        throw new MspException(MspException.Kind.UNKNOWN_CODE, "Unknown SAC table reference: expected one of "
                + Arrays.stream(values()).map(SacTable::reference).collect(Collectors.joining(", ")));
    }

    /** Population lists and labels used by the constants (a holder, initialised before them). */
    private static final class P {
        static final List<Population> PEOPLE = List.of(Population.SAFEGUARDING_CONCERNS, Population.S42_ENQUIRIES,
                Population.OTHER_ENQUIRIES);
        static final List<Population> CONCLUDED = List.of(Population.CONCLUDED_S42, Population.CONCLUDED_OTHER);
        static final List<Population> CONCLUDED_S42 = List.of(Population.CONCLUDED_S42);

        static Map<Population, String> totals() {
            Map<Population, String> m = new LinkedHashMap<>();
            m.put(Population.SAFEGUARDING_CONCERNS, "Total Number of Safeguarding Concerns");
            m.put(Population.S42_ENQUIRIES, "Total Number of Section 42 Safeguarding Enquiries");
            m.put(Population.OTHER_ENQUIRIES, "Total Number of Other Safeguarding Enquiries");
            return m;
        }
    }
}
