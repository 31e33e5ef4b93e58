package org.yiyang.meals.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiyang.meals.domain.MealCard;
import org.yiyang.meals.domain.MealDiet;
import org.yiyang.meals.domain.MealRegistration;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.infrastructure.PersonalDataProtector;

/** Meal card tokens: they open in their county only, refuse any change, and show no id; expired and old cards fail. */
class MealCardsTest {

    static final String BC = "371602";
    static final String HM = "371621";
    static final long REGISTRATION = 4_200_001L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    MealCards cards;

    @BeforeEach
    void cards() {
        PersonalDataProtector protector = new PersonalDataProtector();
        protector.init(Base64.getEncoder().encodeToString(new byte[32]));
        cards = new MealCards();
        cards.protector = protector;
    }

    static MealCard card(String county, int version) {
        return new MealCard(county, REGISTRATION, version, MealCard.expiryOf(TODAY));
    }

    static String refusal(Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertEquals(DomainException.Kind.INVALID, e.kind());
        assertEquals("cardToken", e.field());
        return e.messageKey();
    }

    @Test
    void aTokenOpensInItsCountyToTheCardItWasMadeOf() {
        String token = cards.seal(card(BC, 3));
        assertEquals(card(BC, 3), cards.open(token, BC));
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "URL-safe, for a QR code: " + token);
        assertTrue(token.length() < 100, "short enough for a small QR code: " + token.length());
    }

    @Test
    void theTokenIsOpaqueNoIdCanBeReadFromIt() {
        String token = cards.seal(card(BC, 1));
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        byte[] id = ByteBuffer.allocate(Long.BYTES).putLong(REGISTRATION).array();
        assertFalse(contains(bytes, id), "the registration id is not in the token");
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains(String.valueOf(REGISTRATION)));
        assertNotEquals(token, cards.seal(card(BC, 1)), "each issue looks different");
    }

    @Test
    void aTamperedTokenIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(cards.seal(card(BC, 1)));
        for (int i = 7; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 0x01;
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
            assertEquals("meals.card.invalid", refusal(() -> cards.open(forged, BC)), "byte " + i);
        }
        assertEquals("meals.card.invalid", refusal(() -> cards.open("not-a-card", BC)));
        assertEquals("meals.card.invalid", refusal(() -> cards.open("", BC)));
        assertEquals("meals.card.invalid", refusal(() -> cards.open("%%%", BC)));
    }

    @Test
    void anotherCountysTokenIsRefusedAsSuchAndCannotBeMovedToThisCounty() {
        String theirs = cards.seal(card(HM, 1));
        assertEquals("meals.card.otherCounty", refusal(() -> cards.open(theirs, BC)));
        byte[] moved = Base64.getUrlDecoder().decode(theirs);
        System.arraycopy(BC.getBytes(StandardCharsets.US_ASCII), 0, moved, 1, 6);
        String relabelled = Base64.getUrlEncoder().withoutPadding().encodeToString(moved);
        assertEquals("meals.card.invalid", refusal(() -> cards.open(relabelled, BC)),
                "rewriting the county code breaks the seal");
    }

    @Test
    void aTokenMadeWithAnotherDataKeyIsRefused() {
        PersonalDataProtector other = new PersonalDataProtector();
        byte[] key = new byte[32];
        key[0] = 1;
        other.init(Base64.getEncoder().encodeToString(key));
        MealCards foreign = new MealCards();
        foreign.protector = other;
        String token = foreign.seal(card(BC, 1));
        assertEquals("meals.card.invalid", refusal(() -> cards.open(token, BC)));
    }

    @Test
    void anExpiredCardIsRefusedFromTheDayAfterItsLastDay() {
        MealCard c = card(BC, 1);
        assertEquals(LocalDate.of(2029, 11, 22), c.expiresOn(), "valid three years");
        c.requireValidOn(c.expiresOn());
        assertEquals("meals.card.expired", refusal(() -> c.requireValidOn(c.expiresOn().plusDays(1))));
        MealCard opened = cards.open(cards.seal(c), BC);
        assertEquals("meals.card.expired", refusal(() -> opened.requireValidOn(LocalDate.of(2029, 11, 23))));
    }

    @Test
    void aReissuedCardRefusesTheEarlierOnesAndAnEndedRegistrationRefusesAll() throws Exception {
        MealRegistration r = new MealRegistration(5L, 11L, MealDiet.NONE, true, TODAY, "desk",
                Instant.parse("2026-11-23T02:00:00Z"));
        Field id = MealRegistration.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(r, REGISTRATION);
        MealCard first = new MealCard(BC, REGISTRATION, 1, MealCard.expiryOf(TODAY));
        r.requireCard(first, TODAY);
        MealCard second = r.reissueCard(TODAY.plusDays(30), "desk", Instant.parse("2026-12-23T02:00:00Z"));
        assertEquals(2, second.cardVersion());
        assertEquals(MealCard.expiryOf(TODAY.plusDays(30)), second.expiresOn());
        assertEquals("meals.card.replaced", refusal(() -> r.requireCard(first, TODAY.plusDays(31))));
        r.requireCard(second, TODAY.plusDays(31));
        r.end("搬离", "desk", Instant.parse("2026-12-24T02:00:00Z"));
        assertEquals("meals.card.ended", refusal(() -> r.requireCard(second, TODAY.plusDays(32))));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
