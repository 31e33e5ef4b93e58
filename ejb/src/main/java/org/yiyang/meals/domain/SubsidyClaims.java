package org.yiyang.meals.domain;

/**
 * The subsidised meals taken, one per elder, period and day in a county: a primary key decides, in the serving's
 * transaction, so that of two sites recording the same elder at the same moment only one gets the subsidy.
 */
public interface SubsidyClaims {

    /**
     * Takes the claim for the serving; false (nothing written) when the elder has it already. A concurrent claim
     * of the same meal waits for the other transaction and then sees it.
     */
    boolean claim(String county, SubsidyClaim claim, long servingId);

    /** Gives back the claim the serving took (it was reversed), so that the elder can be served again. */
    void release(String county, SubsidyClaim claim, long servingId);
}
