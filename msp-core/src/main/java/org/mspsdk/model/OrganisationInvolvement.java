package org.mspsdk.model;

import static org.mspsdk.internal.Checks.enumSet;
import static org.mspsdk.internal.Checks.optionalText;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;

/**
 * An organisation taking part in a record, with its roles. Organisations are public bodies or registered
 * providers, so their code and name are not personal data.
 *
 * <pre>{@code
 * OrganisationInvolvement lead = OrganisationInvolvement.of("E08000001", OrganisationType.LOCAL_AUTHORITY,
 *         OrganisationRole.LEAD_COUNCIL);
 * }</pre>
 *
 * @param code  the ODS code where the organisation has one, else a local code
 * @param name  the organisation's name, if given
 * @param type  what kind of organisation it is
 * @param roles the roles it played in this record (at least one), in declaration order
 */
public record OrganisationInvolvement(String code, Optional<String> name, OrganisationType type,
        Set<OrganisationRole> roles) {

    /** Checks the mandatory parts and copies the roles. */
    public OrganisationInvolvement {
        requiredText(code, "organisations[].code");
        name = optionalText(name, "organisations[].name");
        required(type, "organisations[].type");
        roles = enumSet(roles, OrganisationRole.class, "organisations[].roles");
    }

    /**
     * Creates an involvement without a name.
     *
     * @param code  the ODS or local code
     * @param type  the kind of organisation
     * @param roles its roles
     * @return the involvement
     */
    public static OrganisationInvolvement of(String code, OrganisationType type, OrganisationRole... roles) {
        return new OrganisationInvolvement(code, Optional.empty(), type, Set.of(roles));
    }

    /**
     * Creates an involvement.
     *
     * @param code  the ODS or local code
     * @param name  the name
     * @param type  the kind of organisation
     * @param roles its roles
     * @return the involvement
     */
    public static OrganisationInvolvement of(String code, String name, OrganisationType type,
            Collection<OrganisationRole> roles) {
        return new OrganisationInvolvement(code, Optional.ofNullable(name), type, Set.copyOf(List.copyOf(roles)));
    }

    /**
     * @param role a role
     * @return true when this organisation played that role
     */
    public boolean has(OrganisationRole role) {
        return roles.contains(role);
    }
}
