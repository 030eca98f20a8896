package org.mspsdk.json;

import java.time.LocalDate;
import java.util.Optional;

import org.mspsdk.json.internal.WireNames;
import org.mspsdk.model.Concern;
import org.mspsdk.vocabulary.ConcernOutcome;
import org.mspsdk.vocabulary.ConcernSource;
import org.mspsdk.vocabulary.NoEnquiryNextStep;

/** Binds the concern ({@code /concern}). */
final class ConcernBinder {

    private static final NameTable<WireNames.Concern> CONCERN = NameTable.of(WireNames.Concern.class);

    private ConcernBinder() {
    }

    static Concern concern(TokenReader r, Ptr pointer) {
        PropertyWalker<WireNames.Concern> o = r.object(pointer, CONCERN, "a concern object");
        LocalDate receivedOn = null;
        ConcernSource raisedBy = null;
        ConcernOutcome outcome = null;
        NoEnquiryNextStep nextStep = null;
        for (WireNames.Concern n = o.next(); n != null; n = o.next()) {
            Ptr ptr = o.child(n);
            switch (n) {
                case receivedOn -> receivedOn = r.date(ptr);
                case raisedBy -> raisedBy = r.code(ptr, ConcernSource.LIST);
                case outcome -> outcome = r.code(ptr, ConcernOutcome.LIST);
                case nextStep -> nextStep = r.code(ptr, NoEnquiryNextStep.LIST);
                default -> throw new IllegalStateException(n.wireName());
            }
        }
        LocalDate d = o.require(WireNames.Concern.receivedOn, receivedOn);
        ConcernSource s = o.require(WireNames.Concern.raisedBy, raisedBy);
        Optional<ConcernOutcome> out = Optional.ofNullable(outcome);
        Optional<NoEnquiryNextStep> next = Optional.ofNullable(nextStep);
        return r.build(pointer, o.start, () -> new Concern(d, s, out, next));
    }
}
