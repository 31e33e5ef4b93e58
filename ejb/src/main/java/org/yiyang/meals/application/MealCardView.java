package org.yiyang.meals.application;

import java.time.LocalDate;

/**
 * What a printed meal card shows: the token its QR code carries, and who it belongs to (name and masked ID number).
 *
 * @param token signed and opaque; the operator's terminal sends it as {@code cardToken}
 */
public record MealCardView(long registrationId, String token, int cardVersion, LocalDate expiresOn, String elderName,
                           String elderIdNumberMasked, String homeSiteName, String diet) {
}
