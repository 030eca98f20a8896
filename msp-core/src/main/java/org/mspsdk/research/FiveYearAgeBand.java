package org.mspsdk.research;

import org.mspsdk.vocabulary.Code;
import org.mspsdk.vocabulary.CodeEntry;

/**
 * A finer age band than SG1a for research: five-year bands from 25, with 18-24 at the bottom and 95+ at the top
 * (top-coded like SG1a, so very old ages do not stand out). Same reference date as SG1a.
 *
 * <p>Codes are stable; labels are the SDK's own wording. Not an SAC list.
 */
public enum FiveYearAgeBand implements Code {
    /** 18 to 24. */ AGE_18_24("18-24", 18),
    /** 25 to 29. */ AGE_25_29("25-29", 25),
    /** 30 to 34. */ AGE_30_34("30-34", 30),
    /** 35 to 39. */ AGE_35_39("35-39", 35),
    /** 40 to 44. */ AGE_40_44("40-44", 40),
    /** 45 to 49. */ AGE_45_49("45-49", 45),
    /** 50 to 54. */ AGE_50_54("50-54", 50),
    /** 55 to 59. */ AGE_55_59("55-59", 55),
    /** 60 to 64. */ AGE_60_64("60-64", 60),
    /** 65 to 69. */ AGE_65_69("65-69", 65),
    /** 70 to 74. */ AGE_70_74("70-74", 70),
    /** 75 to 79. */ AGE_75_79("75-79", 75),
    /** 80 to 84. */ AGE_80_84("80-84", 80),
    /** 85 to 89. */ AGE_85_89("85-89", 85),
    /** 90 to 94. */ AGE_90_94("90-94", 90),
    /** 95 and over. */ AGE_95_PLUS("95+", 95),
    /** Age unknown. */ UNKNOWN("unknown", -1);

    private final CodeEntry entry;
    private final int from;

    FiveYearAgeBand(String code, int from) {
        this.entry = new CodeEntry(code, label(code, from));
        this.from = from;
    }

    /** "18 to 24" for a band, "95 and over" for the top band, "Age unknown" for the unknown one. */
    private static String label(String code, int from) {
        return from < 0 ? "Age unknown" : code.endsWith("+") ? from + " and over" : code.replace("-", " to ");
    }

    /**
     * @param ageInYears an age of 18 or more
     * @return its band
     */
    static FiveYearAgeBand of(int ageInYears) {
        FiveYearAgeBand found = UNKNOWN;
        for (FiveYearAgeBand b : values()) {
            if (b.from >= 0 && ageInYears >= b.from) {
                found = b;
            }
        }
        return found;
    }

    @Override
    public CodeEntry entry() {
        return entry;
    }
}
