package org.yiyang.elders.application;

/**
 * Register an elder in the caller's county.
 *
 * @param name        the elder's name as on the ID card
 * @param idNumber    the 18-character resident ID number
 * @param villageCode 12-digit code of the village or community the elder lives in
 */
public record RegisterElder(String name, String idNumber, String villageCode) {
}
