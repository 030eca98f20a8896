package org.mspsdk.returns;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.OrganisationRole;

/**
 * How a board breakdown groups records: by organisation, by type of risk, by quarter, or by any key the caller
 * supplies (team, locality). A record may fall in several groups (an enquiry with two types of risk, a record
 * with two partner organisations); each group then counts it once. Built-in groupings are equal when their names
 * are; a caller-supplied grouping equals only one made from the same function object (so tallies whose groupings
 * share a name but group differently never merge).
 *
 * <p>Keys are reported as they are returned: a caller-supplied function must return a group label (a team
 * code, a locality), never a personal identifier. A function that returns null or blank puts the record under
 * {@value #NOT_RECORDED} and lists it in the data-quality report.
 *
 * <pre>{@code
 * Grouping team = Grouping.byKey("team", r -> teamOf(r.recordId()));
 * SacSettings settings = SacSettings.of(ReportingYear.of(2025))
 *         .withGroupings(Grouping.byOrganisation(), Grouping.byTypeOfRisk(), Grouping.byQuarter(), team);
 * }</pre>
 */
public final class Grouping {

    /** The key of records for which a grouping found no value. */
    public static final String NOT_RECORDED = "Not recorded";

    /** Computes the group keys of a record for one event (a board measure) on a date inside the reporting year. */
    @FunctionalInterface
    interface KeyFunction {
        Collection<String> keys(SafeguardingRecord record, BoardMeasure measure, LocalDate eventDate,
                ReportingYear year);
    }

    private final String name;
    private final KeyFunction keys;
    private final boolean reportsMissingKey;
    /** For a caller-supplied grouping, the caller's function (compared by identity); null for built-ins. */
    private final Object callerFunction;

    private Grouping(String name, KeyFunction keys, boolean reportsMissingKey) {
        this(name, keys, reportsMissingKey, null);
    }

    private Grouping(String name, KeyFunction keys, boolean reportsMissingKey, Object callerFunction) {
        if (name == null || name.isBlank()) {
            throw new org.mspsdk.MspException(org.mspsdk.MspException.Kind.MISSING_PART,
                    "grouping.name is required but was blank");
        }
        this.name = name;
        this.keys = keys;
        this.reportsMissingKey = reportsMissingKey;
        this.callerFunction = callerFunction;
    }

    /**
     * Groups by a caller-supplied key.
     *
     * @param name the grouping's name, for example {@code team}
     * @param key  the key of a record, for example its team or locality (not a personal identifier)
     * @return the grouping
     */
    public static Grouping byKey(String name, Function<SafeguardingRecord, String> key) {
        Objects.requireNonNull(key, "key");
        return new Grouping(name, (r, m, d, y) -> {
            String k = key.apply(r);
            return k == null || k.isBlank() ? List.of() : List.of(k);
        }, true, key);
    }

    /**
     * Groups by organisation, crediting each organisation on the record only with what it did
     * ({@link RoleCredit}): the lead council with every event of its record; another organisation with the concerns
     * it raised, the enquiries it was caused to make (commenced, concluded, their risk results) or contributed to
     * (commenced), the outcomes it recorded (the role {@code recorded-outcome}, or a desired outcome or rating
     * attributed to it by {@code recordedBy}). A provider that raised the concern and contributed to the enquiry is
     * credited with the concern and the enquiry's commencement, never with its conclusion or the person's outcomes.
     *
     * @return a grouping by the code of every organisation credited with each event
     */
    public static Grouping byOrganisation() {
        return new Grouping("organisation", (r, m, d, y) -> RoleCredit.credited(r, m), false);
    }

    /**
     * Groups the records by the organisations that played a role: every event of a record goes to each of them
     * (for example, of the concerns a trust raised, how many led to an enquiry). Unlike {@link #byOrganisation()}
     * this is not credit for what the organisation did.
     *
     * @param role a role
     * @return a grouping by the code of every organisation that played this role on the record
     */
    public static Grouping byOrganisationWithRole(OrganisationRole role) {
        Objects.requireNonNull(role, "role");
        return new Grouping("organisation-" + role.code(), (r, m, d, y) -> {
            TreeSet<String> codes = new TreeSet<>();
            for (OrganisationInvolvement o : r.organisations()) {
                if (o.has(role)) {
                    codes.add(o.code());
                }
            }
            return codes;
        }, false);
    }

    /**
     * @return a grouping by the SAC label of each distinct type of risk of the record's enquiry (records without
     *     an enquiry or risk items fall under {@value #NOT_RECORDED})
     */
    public static Grouping byTypeOfRisk() {
        return new Grouping("type-of-risk", (r, m, d, y) -> {
            TreeSet<String> types = new TreeSet<>();
            r.enquiry().ifPresent(e -> e.riskItems().stream().map(RiskItem::type).forEach(t -> types.add(t.label())));
            return types;
        }, false);
    }

    /**
     * @return a grouping by the quarter of the reporting year in which each counted event happened (a concern
     *     by its received date, an enquiry by its commencement or conclusion date), for example {@code 2025-26 Q3}
     */
    public static Grouping byQuarter() {
        return new Grouping("quarter", (r, m, d, y) -> List.of(y.quarterLabel(d)), false);
    }

    /** @return the grouping's name */
    public String name() {
        return name;
    }

    Collection<String> keys(SafeguardingRecord record, BoardMeasure measure, LocalDate eventDate, ReportingYear year) {
        return keys.keys(record, measure, eventDate, year);
    }

    boolean reportsMissingKey() {
        return reportsMissingKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grouping other && name.equals(other.name) && callerFunction == other.callerFunction;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Grouping[" + name + "]";
    }
}
