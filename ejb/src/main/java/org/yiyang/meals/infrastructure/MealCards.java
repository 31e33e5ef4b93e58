package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import org.yiyang.meals.domain.MealCard;
import org.yiyang.meals.domain.MealCardTokens;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.TenantScope;

/**
 * Meal card tokens: Base64url (no padding) of a format byte, the county code, and the card (registration id, card
 * version, last valid day) sealed with AES-256-GCM by {@link PersonalDataProtector#sealFile} under the county and the
 * purpose {@value #PURPOSE} as associated data. The seal both hides the card (no id can be read from the token) and
 * signs it: a token altered in any byte, or moved to another county by rewriting its county code, does not open.
 * The county stays readable so that another county's card is refused as such. A token is about 70 characters, small
 * enough for a QR code read by any scanner.
 */
@ApplicationScoped
public class MealCards implements MealCardTokens {

    static final String PURPOSE = "meal-card/v1";
    private static final byte FORMAT = 1;
    private static final int COUNTY_LENGTH = 6;
    /** Registration id, card version, last valid day (epoch day). */
    private static final int CARD_BYTES = Long.BYTES + Integer.BYTES + Integer.BYTES;
    /** The seal's format byte, nonce and tag around the card. */
    private static final int SEALED_BYTES = 1 + 12 + CARD_BYTES + 16;
    private static final int TOKEN_BYTES = 1 + COUNTY_LENGTH + SEALED_BYTES;
    private static final int MAX_TOKEN_CHARS = 200;

    @Inject
    PersonalDataProtector protector;

    @Override
    public String seal(MealCard card) {
        byte[] plain = ByteBuffer.allocate(CARD_BYTES).putLong(card.registrationId()).putInt(card.cardVersion())
                .putInt(Math.toIntExact(card.expiresOn().toEpochDay())).array();
        byte[] sealed = protector.sealFile(plain, card.county(), PURPOSE);
        byte[] token = ByteBuffer.allocate(TOKEN_BYTES).put(FORMAT)
                .put(card.county().getBytes(StandardCharsets.US_ASCII)).put(sealed).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    @Override
    public MealCard open(String token, String county) {
        byte[] bytes = decode(token);
        String tokenCounty = new String(bytes, 1, COUNTY_LENGTH, StandardCharsets.US_ASCII);
        if (!TenantScope.isCountyCode(tokenCounty)) {
            throw invalid();
        }
        if (!tokenCounty.equals(county)) {
            throw DomainException.invalid("cardToken", "meals.card.otherCounty");
        }
        byte[] plain;
        try {
            plain = protector.openFile(Arrays.copyOfRange(bytes, 1 + COUNTY_LENGTH, bytes.length), county, PURPOSE);
        } catch (IllegalStateException tampered) {
            throw invalid();
        }
        ByteBuffer in = ByteBuffer.wrap(plain);
        return new MealCard(county, in.getLong(), in.getInt(), LocalDate.ofEpochDay(in.getInt()));
    }

    /** The token's bytes, if it has the shape of one of ours. */
    private static byte[] decode(String token) {
        if (token == null || token.isBlank() || token.strip().length() > MAX_TOKEN_CHARS) {
            throw invalid();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.strip());
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (bytes.length != TOKEN_BYTES || bytes[0] != FORMAT) {
            throw invalid();
        }
        return bytes;
    }

    private static DomainException invalid() {
        return DomainException.invalid("cardToken", "meals.card.invalid");
    }
}
