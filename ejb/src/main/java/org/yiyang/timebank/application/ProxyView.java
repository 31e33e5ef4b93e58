package org.yiyang.timebank.application;

/** An elder's named proxy (代办人): the account acting for the elder and how they are related. */
public record ProxyView(long id, long elderId, String elderName, String username, String name, String relation,
                        boolean active, String endedReason) {
}
