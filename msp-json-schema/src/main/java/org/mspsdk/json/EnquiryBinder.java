package org.mspsdk.json;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.Advocacy;
import org.mspsdk.model.Consent;
import org.mspsdk.model.Enquiry;
import org.mspsdk.model.MentalCapacity;
import org.mspsdk.model.RiskItem;
import org.mspsdk.model.S42Criteria;
import org.mspsdk.vocabulary.ActionWithoutConsentReason;
import org.mspsdk.vocabulary.CapacityAnswer;
import org.mspsdk.vocabulary.ConsentDecision;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.EnquiryType;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.RiskOutcome;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/** Binds the enquiry ({@code /enquiry}) and the objects inside it. */
final class EnquiryBinder {

    private static final NameTable<WireNames.Enquiry> ENQUIRY = NameTable.of(WireNames.Enquiry.class);
    private static final NameTable<WireNames.S42Criteria> S42 = NameTable.of(WireNames.S42Criteria.class);
    private static final NameTable<WireNames.RiskItem> RISK_ITEM = NameTable.of(WireNames.RiskItem.class);
    private static final NameTable<WireNames.MentalCapacity> CAPACITY =
            NameTable.of(WireNames.MentalCapacity.class);
    private static final NameTable<WireNames.Advocacy> ADVOCACY = NameTable.of(WireNames.Advocacy.class);
    private static final NameTable<WireNames.Consent> CONSENT = NameTable.of(WireNames.Consent.class);

    private EnquiryBinder() {
    }

    static Enquiry enquiry(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.Enquiry> o = r.object(pointer, ENQUIRY, "an enquiry object");
        EnquiryType type = null;
        LocalDate commencedOn = null;
        Enquiry.Builder b = r.build(pointer, o.start, () -> Enquiry.builder(EnquiryType.values()[0], LocalDate.MIN));
        for (WireNames.Enquiry n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case type -> type = r.code(ptr, EnquiryType.LIST);
                case s42Criteria -> b.s42Criteria(s42(r, ptr));
                case commencedOn -> commencedOn = r.date(ptr);
                case concludedOn -> b.concludedOn(r.date(ptr));
                case riskItems -> b.riskItems(r.array(ptr, "risk item objects", item -> riskItem(r, item)));
                case result -> b.result(r.code(ptr, EnquiryResult.LIST));
                case riskOutcome -> b.riskOutcome(r.code(ptr, RiskOutcome.LIST));
                case mentalCapacity -> b.mentalCapacity(capacity(r, ptr));
                case advocacy -> b.advocacy(advocacy(r, ptr));
                case consent -> b.consent(consent(r, ptr));
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        b.type(o.require(WireNames.Enquiry.type, type));
        b.commencedOn(o.require(WireNames.Enquiry.commencedOn, commencedOn));
        return r.build(pointer, o.start, b::build);
    }

    private static S42Criteria s42(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.S42Criteria> o = r.object(pointer, S42,
                "an object with the three section 42 criteria");
        Boolean needs = null;
        Boolean risk = null;
        Boolean unable = null;
        for (WireNames.S42Criteria n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case hasCareAndSupportNeeds -> needs = r.bool(ptr);
                case experiencingOrAtRiskOfAbuse -> risk = r.bool(ptr);
                case unableToProtectSelf -> unable = r.bool(ptr);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        return new S42Criteria(o.require(WireNames.S42Criteria.hasCareAndSupportNeeds, needs),
                o.require(WireNames.S42Criteria.experiencingOrAtRiskOfAbuse, risk),
                o.require(WireNames.S42Criteria.unableToProtectSelf, unable));
    }

    private static RiskItem riskItem(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.RiskItem> o = r.object(pointer, RISK_ITEM, "a risk item object");
        TypeOfRisk type = null;
        LocationOfRisk location = null;
        SourceOfRisk source = null;
        for (WireNames.RiskItem n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case type -> type = r.code(ptr, TypeOfRisk.LIST);
                case location -> location = r.code(ptr, LocationOfRisk.LIST);
                case source -> source = r.code(ptr, SourceOfRisk.LIST);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        TypeOfRisk t = o.require(WireNames.RiskItem.type, type);
        Optional<LocationOfRisk> l = Optional.ofNullable(location);
        Optional<SourceOfRisk> s = Optional.ofNullable(source);
        return r.build(pointer, o.start, () -> new RiskItem(t, l, s));
    }

    private static MentalCapacity capacity(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.MentalCapacity> o = r.object(pointer, CAPACITY, "a mental capacity object");
        CapacityAnswer lacked = null;
        Boolean supported = null;
        for (WireNames.MentalCapacity n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case lackedCapacity -> lacked = r.code(ptr, CapacityAnswer.LIST);
                case supportedByAdvocateFamilyOrFriend -> supported = r.bool(ptr);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        CapacityAnswer l = o.require(WireNames.MentalCapacity.lackedCapacity, lacked);
        Optional<Boolean> s = Optional.ofNullable(supported);
        return r.build(pointer, o.start, () -> new MentalCapacity(l, s));
    }

    private static Advocacy advocacy(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.Advocacy> o = r.object(pointer, ADVOCACY, "an advocacy object");
        Boolean difficulty = null;
        Boolean appropriate = null;
        Boolean arranged = null;
        String recordedBy = null;
        for (WireNames.Advocacy n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case substantialDifficulty -> difficulty = r.bool(ptr);
                case appropriatePersonAvailable -> appropriate = r.bool(ptr);
                case independentAdvocateArranged -> arranged = r.bool(ptr);
                case recordedBy -> recordedBy = r.text(ptr, Wire.ORGANISATION_CODE, true);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        Optional<Boolean> sd = Optional.ofNullable(difficulty);
        Optional<Boolean> ap = Optional.ofNullable(appropriate);
        Optional<Boolean> ar = Optional.ofNullable(arranged);
        Optional<String> by = Optional.ofNullable(recordedBy);
        return r.build(pointer, o.start, () -> new Advocacy(sd, ap, ar, by));
    }

    private static Consent consent(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.Consent> o = r.object(pointer, CONSENT, "a consent object");
        ConsentDecision decision = null;
        Boolean without = null;
        Set<ActionWithoutConsentReason> reasons = Set.of();
        Boolean informed = null;
        String recordedBy = null;
        for (WireNames.Consent n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case decision -> decision = r.code(ptr, ConsentDecision.LIST);
                case actionWithoutConsent -> without = r.bool(ptr);
                case reasons -> reasons = r.codeSet(ptr, ActionWithoutConsentReason.LIST);
                case personInformed -> informed = r.bool(ptr);
                case recordedBy -> recordedBy = r.text(ptr, Wire.ORGANISATION_CODE, true);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        ConsentDecision d = o.require(WireNames.Consent.decision, decision);
        boolean w = o.require(WireNames.Consent.actionWithoutConsent, without);
        Set<ActionWithoutConsentReason> rs = reasons;
        Optional<Boolean> i = Optional.ofNullable(informed);
        Optional<String> by = Optional.ofNullable(recordedBy);
        return r.build(pointer, o.start, () -> new Consent(d, w, rs, i, by));
    }
}
