package org.mspsdk.validation;

import java.util.Objects;

/**
 * One validation rule, as data: its stable id, severity, profile, what it checks, why, and the paths its
 * findings point at. The whole list is {@link RuleCatalogue#all()}; {@code docs/validation-rules.md} is
 * generated from it.
 *
 * @param id       the stable id, {@code MSP-<area>-<number>}; never reused for another meaning
 * @param severity the severity of its findings
 * @param profile  the profile it belongs to ({@code IN_PROGRESS} rules apply under both profiles)
 * @param checks   what it checks, in one sentence
 * @param why      why the domain needs it
 * @param paths    the path(s) its findings point at ({@code []} stands for any index)
 */
public record Rule(String id, Severity severity, Profile profile, String checks, String why, String paths) {

    /** Checks that every part is present. */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(paths, "paths");
    }

    /** @return the area code of the id, for example {@code OUT} for {@code MSP-OUT-003} */
    public String area() {
        return id.substring(4, 7);
    }
}
