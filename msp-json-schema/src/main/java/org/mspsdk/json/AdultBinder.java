package org.mspsdk.json;

import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.PrimarySupportReason;

/** Binds the adult at risk ({@code /adult}). */
final class AdultBinder {

    private static final NameTable<WireNames.AdultAtRisk> ADULT = NameTable.of(WireNames.AdultAtRisk.class);

    private AdultBinder() {
    }

    static AdultAtRisk adult(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.AdultAtRisk> o = r.object(pointer, ADULT, "an adult-at-risk object");
        AdultAtRisk.Builder b = r.build(pointer, o.start, () -> AdultAtRisk.builder("pending"));
        String personId = null;
        for (WireNames.AdultAtRisk n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case personId -> personId = r.text(ptr, "the person id", true);
                case nhsNumber -> b.nhsNumber(r.nhsNumber(ptr));
                case dateOfBirth -> b.dateOfBirth(r.date(ptr));
                case ageAtConcern -> b.ageAtConcern(r.age(ptr));
                case dateOfDeath -> b.dateOfDeath(r.date(ptr));
                case gender -> b.gender(r.code(ptr, Gender.LIST));
                case ethnicity -> b.ethnicity(r.code(ptr, Ethnicity.LIST));
                case primarySupportReason -> b.primarySupportReason(r.code(ptr, PrimarySupportReason.LIST));
                case autismExcludingAsperger -> b.autismExcludingAsperger(r.bool(ptr));
                case aspergerOrHighFunctioningAutism -> b.aspergerOrHighFunctioningAutism(r.bool(ptr));
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        b.personId(o.require(WireNames.AdultAtRisk.personId, personId));
        return r.build(pointer, o.start, b::build);
    }
}
