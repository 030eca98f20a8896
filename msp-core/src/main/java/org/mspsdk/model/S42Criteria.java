package org.mspsdk.model;

/**
 * The three criteria of section 42(1) of the Care Act 2014. An enquiry is a section 42 enquiry when all three
 * hold; an "other" enquiry is made when they do not all hold but the council judges one necessary.
 *
 * @param hasCareAndSupportNeeds     the adult has needs for care and support
 * @param experiencingOrAtRiskOfAbuse the adult is experiencing, or at risk of, abuse or neglect
 * @param unableToProtectSelf        as a result of those needs, the adult is unable to protect themselves
 */
public record S42Criteria(boolean hasCareAndSupportNeeds, boolean experiencingOrAtRiskOfAbuse,
        boolean unableToProtectSelf) {

    /** @return criteria that all hold */
    public static S42Criteria allMet() {
        return new S42Criteria(true, true, true);
    }

    /** @return true when all three criteria hold */
    public boolean allHold() {
        return hasCareAndSupportNeeds && experiencingOrAtRiskOfAbuse && unableToProtectSelf;
    }
}
