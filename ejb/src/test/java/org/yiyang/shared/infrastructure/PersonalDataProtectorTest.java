package org.yiyang.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.domain.ProtectedIdNumber;

class PersonalDataProtectorTest {

    static final IdCardNumber NUMBER = IdCardNumber.parse("37160219500315122X", LocalDate.of(2026, 1, 1));
    PersonalDataProtector protector;

    @BeforeEach
    void key() {
        protector = new PersonalDataProtector();
        protector.init(Base64.getEncoder().encodeToString(new byte[32]));
    }

    @Test
    void encryptsSoThatTheStoredBytesDoNotContainTheNumber() {
        ProtectedIdNumber p = protector.protect(NUMBER, "371602");
        String bytes = new String(p.cipher(), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("37160219500315122X"));
        assertFalse(bytes.contains("19500315"));
        assertEquals("37160219500315122X", protector.reveal(p.cipher(), "371602"));
        assertEquals("371602********122X", p.masked());
    }

    @Test
    void theSameNumberEncryptsDifferentlyEachTime() {
        assertFalse(Arrays.equals(protector.protect(NUMBER, "371602").cipher(),
                protector.protect(NUMBER, "371602").cipher()));
    }

    @Test
    void aCipherTextCopiedToAnotherCountyDoesNotDecrypt() {
        byte[] cipher = protector.protect(NUMBER, "371602").cipher();
        assertThrows(IllegalStateException.class, () -> protector.reveal(cipher, "371621"));
    }

    @Test
    void theLookupHashIsStableWithinACountyAndDiffersAcrossCounties() {
        assertArrayEquals(protector.lookupHash(NUMBER, "371602"), protector.lookupHash(NUMBER, "371602"));
        assertFalse(Arrays.equals(protector.lookupHash(NUMBER, "371602"), protector.lookupHash(NUMBER, "371621")));
        assertEquals(32, protector.lookupHash(NUMBER, "371602").length);
    }

    @Test
    void anotherKeyGivesAnotherHashAndCannotDecrypt() {
        ProtectedIdNumber p = protector.protect(NUMBER, "371602");
        PersonalDataProtector other = new PersonalDataProtector();
        byte[] k = new byte[32];
        k[0] = 1;
        other.init(Base64.getEncoder().encodeToString(k));
        assertFalse(Arrays.equals(p.hash(), other.lookupHash(NUMBER, "371602")));
        assertThrows(IllegalStateException.class, () -> other.reveal(p.cipher(), "371602"));
    }

    @Test
    void refusesToStartWithoutAProperKey() {
        PersonalDataProtector p = new PersonalDataProtector();
        assertThrows(IllegalStateException.class, () -> p.init(null));
        assertThrows(IllegalStateException.class, () -> p.init("not base64!"));
        assertThrows(IllegalStateException.class, () -> p.init(Base64.getEncoder().encodeToString(new byte[16])));
    }
}
