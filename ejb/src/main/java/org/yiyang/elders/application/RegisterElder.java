package org.yiyang.elders.application;

/**
 * Register an elder in the caller's county.
 *
 * @param name        the elder's name as on the ID card
 * @param idNumber    the 18-character resident ID number
 * @param villageCode 12-digit code of the village or community (may be empty when joining a household)
 * @param address     street address of the household (new households)
 * @param householdNo household number of the residence register (户号): an existing household is joined,
 *                    otherwise a new household gets this number; empty for a household of its own
 * @param details     everything else recorded
 */
public record RegisterElder(String name, String idNumber, String villageCode, String address, String householdNo,
                            ElderDetails details) {

    public RegisterElder(String name, String idNumber, String villageCode) {
        this(name, idNumber, villageCode, null, null, ElderDetails.NONE);
    }
}
