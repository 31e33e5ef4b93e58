package org.yiyang.meals.application;

import java.time.Instant;
import java.time.LocalDate;

/** An elder's meal registration as pages and the API show it (the ID number only masked, the card not at all). */
public record RegistrationView(long id, long elderId, String elderName, String elderIdNumberMasked,
                               String townshipCode, long homeSiteId, String homeSiteName, String diet, boolean daily,
                               boolean active, int cardVersion, LocalDate cardExpiresOn, String endedReason,
                               Instant createdAt, String createdBy, long version) {
}
