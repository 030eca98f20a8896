package org.mspsdk.research;

import static org.mspsdk.internal.Checks.enumSet;
import static org.mspsdk.internal.Checks.required;
import static org.mspsdk.internal.Checks.requiredText;

import java.util.Set;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;

/**
 * An organisation involved in a record, by code. Public bodies (councils, NHS trusts, GP practices, police) keep
 * their code; other organisations (care and housing providers, voluntary and other organisations) get a keyed
 * pseudonym of their code unless the {@link Deidentifier} was told not to. Names are removed.
 *
 * @param code           the organisation code, or its keyed pseudonym
 * @param pseudonymised  whether {@code code} is a pseudonym
 * @param type           the kind of organisation
 * @param roles          its roles in this record
 */
public record ResearchOrganisation(String code, boolean pseudonymised, OrganisationType type,
        Set<OrganisationRole> roles) {

    /** Checks the parts. */
    public ResearchOrganisation {
        requiredText(code, "organisations[].code");
        required(type, "organisations[].type");
        roles = enumSet(roles, OrganisationRole.class, "organisations[].roles");
    }
}
