package org.mspsdk.vocabulary;

/**
 * SG1a: age band on the last day of the reporting year, or at death. The label of the unknown band is not confirmed by the SAC guidance; the SDK uses "Age unknown".
 *
 * <p>Codes are stable; labels are the exact SAC labels of the SG1a guidance.
 */
public enum AgeBand implements Code {
    /** 18-64 ({@code 18-64}). */
    AGE_18_64("18-64", "18-64"),
    /** 65-74 ({@code 65-74}). */
    AGE_65_74("65-74", "65-74"),
    /** 75-84 ({@code 75-84}). */
    AGE_75_84("75-84", "75-84"),
    /** 85-94 ({@code 85-94}). */
    AGE_85_94("85-94", "85-94"),
    /** 95+ ({@code 95+}). */
    AGE_95_PLUS("95+", "95+"),
    /** Age unknown ({@code unknown}). */
    UNKNOWN("unknown", "Age unknown", "Not Known", "Unknown");

    /** The code list. */
    public static final CodeList<AgeBand> LIST =
            CodeList.sac("sg1a-age-band", "Age band", SacTable.SG1A, values());

    /**
     * The band for an age in whole years.
     *
     * @param ageInYears the age on the last day of the reporting year, or at death
     * @return the band; ages under 18 have no band and are rejected
     * @throws IllegalArgumentException when the age is under 18
     */
    public static AgeBand of(int ageInYears) {
        if (ageInYears < 18) {
            throw new IllegalArgumentException("SG1a age bands start at 18; got an age under 18");
        }
        if (ageInYears <= 64) {
            return AGE_18_64;
        }
        if (ageInYears <= 74) {
            return AGE_65_74;
        }
        if (ageInYears <= 84) {
            return AGE_75_84;
        }
        return ageInYears <= 94 ? AGE_85_94 : AGE_95_PLUS;
    }

    private final CodeEntry entry;

    AgeBand(String code, String label, String... aliases) {
        this.entry = new CodeEntry(code, label, aliases);
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }

    /** @return false for {@link #UNKNOWN}: the published SAC tables have no "Age unknown" row */
    @Override
    public boolean inPublication() {
        return this != UNKNOWN;
    }
}
