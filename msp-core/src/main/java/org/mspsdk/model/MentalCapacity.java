package org.mspsdk.model;

import static org.mspsdk.internal.Checks.optional;
import static org.mspsdk.internal.Checks.required;

import java.util.Optional;
import org.mspsdk.vocabulary.CapacityAnswer;

/**
 * SG3a: whether the adult lacked capacity to make decisions about the enquiry and, where they did, whether
 * support was provided by an advocate, family or friend.
 *
 * @param lackedCapacity                   the SG3a answer
 * @param supportedByAdvocateFamilyOrFriend where capacity was lacked: whether support was provided by an
 *                                         advocate, family or friend
 */
public record MentalCapacity(CapacityAnswer lackedCapacity, Optional<Boolean> supportedByAdvocateFamilyOrFriend) {

    /** Checks the mandatory answer. */
    public MentalCapacity {
        required(lackedCapacity, "enquiry.mentalCapacity.lackedCapacity");
        supportedByAdvocateFamilyOrFriend = optional(supportedByAdvocateFamilyOrFriend);
    }

    /**
     * @param answer the SG3a answer (other than {@code lacked})
     * @return the capacity record
     */
    public static MentalCapacity of(CapacityAnswer answer) {
        return new MentalCapacity(answer, Optional.empty());
    }

    /**
     * @param supported whether an advocate, family or friend supported the person
     * @return a record that capacity was lacked
     */
    public static MentalCapacity lacked(boolean supported) {
        return new MentalCapacity(CapacityAnswer.LACKED, Optional.of(supported));
    }
}
