package org.mspsdk.vocabulary;

/**
 * SG2b: where the risk arose.
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG2b guidance. Two entries are published by NHS
 * England with shorter wording ({@link Code#publishedLabel()}: {@code In the Community}, {@code Community
 * Service}), which import also accepts.
 */
public enum LocationOfRisk implements Code {
    /** Own Home ({@code own-home}). */
    OWN_HOME("own-home", "Own Home"),
    /** In the Community (excluding community services) ({@code community}). */
    COMMUNITY(CodeEntry.published("community", "In the Community (excluding community services)", "In the Community")),
    /** In a Community Service ({@code community-service}). */
    COMMUNITY_SERVICE(CodeEntry.published("community-service", "In a Community Service", "Community Service")),
    /** Care Home - Nursing ({@code care-home-nursing}). */
    CARE_HOME_NURSING("care-home-nursing", "Care Home - Nursing"),
    /** Care Home - Residential ({@code care-home-residential}). */
    CARE_HOME_RESIDENTIAL("care-home-residential", "Care Home - Residential"),
    /** Hospital - Acute ({@code hospital-acute}). */
    HOSPITAL_ACUTE("hospital-acute", "Hospital - Acute"),
    /** Hospital - Mental Health ({@code hospital-mental-health}). */
    HOSPITAL_MENTAL_HEALTH("hospital-mental-health", "Hospital - Mental Health"),
    /** Hospital - Community ({@code hospital-community}). */
    HOSPITAL_COMMUNITY("hospital-community", "Hospital - Community"),
    /** Other ({@code other}). */
    OTHER("other", "Other");

    /** The code list. */
    public static final CodeList<LocationOfRisk> LIST =
            CodeList.sac("sg2b-location-of-risk", "Location of risk", SacTable.SG2B, values());

    private final CodeEntry entry;

    LocationOfRisk(String code, String label, String... aliases) {
        this(new CodeEntry(code, label, aliases));
    }

    LocationOfRisk(CodeEntry entry) {
        this.entry = entry;
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
