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

    @Test
    void aSealedFileOpensOnlyForItsCountyAndOwnerAndHoldsNothingReadable() {
        byte[] register = "姓名,身份证号\n张三,37160219500315122X\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] sealed = protector.sealFile(register, "371602", "import:7");
        String raw = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertFalse(raw.contains("37160219500315122X"), "no readable number");
        org.junit.jupiter.api.Assertions.assertArrayEquals(register, protector.openFile(sealed, "371602", "import:7"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> protector.openFile(sealed, "371621", "import:7"), "another county");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> protector.openFile(sealed, "371602", "import:8"), "another import");
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(sealed,
                protector.sealFile(register, "371602", "import:7")), "a fresh IV each time");
    }

    @Test
    void requestFingerprintsAreKeyedAndBoundToTheCounty() throws Exception {
        byte[] a = protector.fingerprint("371602", "bc-staff\nPOST /orders\n{}");
        org.junit.jupiter.api.Assertions.assertEquals(32, a.length);
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, protector.fingerprint("371602", "bc-staff\nPOST /orders\n{}"));
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(a,
                protector.fingerprint("371621", "bc-staff\nPOST /orders\n{}")), "another county");
        PersonalDataProtector otherKey = new PersonalDataProtector();
        byte[] key = new byte[32];
        key[0] = 1;
        otherKey.init(Base64.getEncoder().encodeToString(key));
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(a,
                otherKey.fingerprint("371602", "bc-staff\nPOST /orders\n{}")), "without the data key nobody can compute it");
    }
}
