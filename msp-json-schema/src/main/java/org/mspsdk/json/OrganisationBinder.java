package org.mspsdk.json;

import java.util.Optional;
import java.util.Set;

import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.OrganisationInvolvement;
import org.mspsdk.vocabulary.OrganisationRole;
import org.mspsdk.vocabulary.OrganisationType;

/** Binds one organisation involved ({@code /organisations/i}). */
final class OrganisationBinder {

    private static final NameTable<WireNames.OrganisationInvolvement> ORGANISATION =
            NameTable.of(WireNames.OrganisationInvolvement.class);

    private OrganisationBinder() {
    }

    static OrganisationInvolvement organisation(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.OrganisationInvolvement> o = r.object(pointer, ORGANISATION,
                "an organisation object");
        String code = null;
        String name = null;
        OrganisationType type = null;
        Set<OrganisationRole> roles = Set.of();
        for (WireNames.OrganisationInvolvement n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case code -> code = r.text(ptr, "the organisation code", true);
                case name -> name = r.text(ptr, "the organisation name", false);
                case type -> type = r.code(ptr, OrganisationType.LIST);
                case roles -> roles = r.codeSet(ptr, OrganisationRole.LIST);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        String c = o.require(WireNames.OrganisationInvolvement.code, code);
        OrganisationType t = o.require(WireNames.OrganisationInvolvement.type, type);
        Optional<String> nm = Optional.ofNullable(name);
        Set<OrganisationRole> rs = roles;
        return r.build(pointer, o.start, () -> new OrganisationInvolvement(c, nm, t, rs));
    }
}
