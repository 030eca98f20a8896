package org.mspsdk.model;

import java.util.List;
import java.util.Objects;

/**
 * A Safeguarding Adults Board's register of Safeguarding Adults Reviews: the input of SAC tables SG5a and SG5b.
 * Immutable. Validate it with {@code Validator.validate(SarRegister)} (rules MSP-SAR-*); its JSON form is
 * {@code SarJson} of the wire-format module, valid under the published schema {@code sar-register.json}.
 *
 * <pre>{@code
 * SarRegister register = SarRegister.of(
 *         SafeguardingAdultsReview.completed("SAR-2025-01", LocalDate.of(2024, 12, 2), LocalDate.of(2025, 9, 30), 1, 0),
 *         SafeguardingAdultsReview.completed("SAR-2025-02", LocalDate.of(2025, 2, 3), LocalDate.of(2026, 1, 15), 0, 2));
 * SacSettings settings = SacSettings.of(ReportingYear.of(2025)).withReviews(register);
 * }</pre>
 *
 * @param reviews the reviews, in the board's order (an unmodifiable copy)
 */
public record SarRegister(List<SafeguardingAdultsReview> reviews) {

    /** Checks and copies. */
    public SarRegister {
        reviews = List.copyOf(Objects.requireNonNull(reviews, "reviews"));
    }

    /**
     * @param reviews the reviews
     * @return a register of them
     */
    public static SarRegister of(SafeguardingAdultsReview... reviews) {
        return new SarRegister(List.of(reviews));
    }

    @Override
    public String toString() {
        return "SarRegister[" + reviews.size() + " reviews]";
    }
}
