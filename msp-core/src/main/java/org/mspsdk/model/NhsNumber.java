package org.mspsdk.model;

import org.mspsdk.MspException;

/**
 * An NHS number: ten digits whose last is a Modulus 11 check digit.
 *
 * <p>An NHS number identifies a person, so {@link #toString()} never shows it; use {@link #value()} where the
 * number itself is needed.
 *
 * <pre>{@code
 * NhsNumber n = NhsNumber.of("943 476 5919"); // spaces and hyphens are accepted and dropped
 * boolean ok = NhsNumber.isValid("9434765918"); // false: wrong check digit
 * }</pre>
 *
 * @param value the ten digits, without spaces
 */
public record NhsNumber(String value) {

    /**
     * Creates an NHS number from exactly ten digits.
     *
     * @throws MspException of kind {@link MspException.Kind#INVALID_VALUE} when the value is not ten digits
     *     with a valid Modulus 11 check digit (the message does not contain the value)
     */
    public NhsNumber {
        if (value == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "nhsNumber is required but was missing");
        }
        if (!hasTenDigits(value)) {
            throw new MspException(MspException.Kind.INVALID_VALUE,
                    "nhsNumber must be exactly 10 digits (spaces and hyphens removed)");
        }
        if (!checkDigitMatches(value)) {
            throw new MspException(MspException.Kind.INVALID_VALUE,
                    "nhsNumber fails the Modulus 11 check digit (rule MSP-PER-001)");
        }
    }

    /**
     * Parses an NHS number, accepting the usual 3-3-4 grouping with spaces or hyphens.
     *
     * @param text the number as typed
     * @return the NHS number
     * @throws MspException when it is not a valid NHS number
     */
    public static NhsNumber of(String text) {
        if (text == null) {
            throw new MspException(MspException.Kind.MISSING_PART, "nhsNumber is required but was missing");
        }
        return new NhsNumber(text.replace(" ", "").replace("-", ""));
    }

    /**
     * Whether a text is a valid NHS number (ten digits after removing spaces and hyphens, check digit valid).
     *
     * @param text the text
     * @return true when valid
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replace(" ", "").replace("-", "");
        return hasTenDigits(digits) && checkDigitMatches(digits);
    }

    private static boolean hasTenDigits(String s) {
        if (s.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Modulus 11: weights 10 down to 2 on the first nine digits; check = 11 - (sum mod 11); 11 becomes 0;
     * 10 means the number is invalid.
     */
    private static boolean checkDigitMatches(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /**
     * Computes the check digit for nine leading digits (for test data generators).
     *
     * @param nineDigits nine digits
     * @return the check digit 0-9, or -1 when no valid NHS number starts with these digits
     */
    public static int checkDigitFor(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    @Override
    public String toString() {
        return "NhsNumber[redacted]";
    }
}
