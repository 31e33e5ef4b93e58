package org.yiyang.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static String valid(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    static String code(String input) {
        return assertThrows(DomainException.class, () -> IdCardNumber.parse(input, TODAY)).messageKey();
    }

    @Test
    void acceptsAValidNumberAndDerivesBirthDateAndSex() {
        IdCardNumber n = IdCardNumber.parse("37160219500315122X", TODAY);
        assertEquals(LocalDate.of(1950, 3, 15), n.birthDate());
        assertEquals(Sex.FEMALE, n.sex());
        assertEquals("371602", n.regionCode());
        assertEquals(Sex.MALE, IdCardNumber.parse(valid("37162119480101003"), TODAY).sex());
    }

    @Test
    void computesTheIso7064CheckCharacter() {
        assertEquals('X', IdCardNumber.checkCharacter("37160219500315122"));
        assertEquals('0', IdCardNumber.checkCharacter("37162119480101002"));
        assertEquals('X', IdCardNumber.checkCharacter("11010519491231002"), "the standard's example 11010519491231002X");
    }

    @Test
    void acceptsBlanksAroundAndALowerCaseX() {
        assertEquals("37160219500315122X", IdCardNumber.parse("  37160219500315122x ", TODAY).value());
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertEquals("idNumber.checkDigit", code("371602195003151221"));
    }

    @Test
    void rejectsImpossibleDates() {
        assertEquals("idNumber.birthDate", code(valid("37160219500230122")));
        assertEquals("idNumber.birthDate", code(valid("37160219501301122")));
        assertEquals("idNumber.birthDate", code(valid("37160218800101122")), "before 1890");
        assertEquals("idNumber.birthDate", code(valid("37160220270101122")), "in the future");
    }

    @Test
    void rejectsWrongLengthsAndCharacters() {
        assertEquals("idNumber.required", code("  "));
        assertEquals("idNumber.length", code("3716021950031512"));
        assertEquals("idNumber.length", code("37160219500315122X1"));
        assertEquals("idNumber.characters", code("3716021950031512AX"));
    }

    @Test
    void rejectsRegionCodesThatDoNotExist() {
        assertEquals("idNumber.region", code(valid("99160219500315122")));
        assertEquals("idNumber.region", code(valid("37000019500315122")), "a province is not a residence");
    }

    @Test
    void masksAllButRegionAndLastFour() {
        IdCardNumber n = IdCardNumber.parse("37160219500315122X", TODAY);
        assertEquals("371602********122X", n.masked());
        assertEquals("371602********122X", n.toString());
        assertFalse(n.toString().contains("19500315"));
    }

    @Test
    void reportsTheFieldAtFault() {
        DomainException e = assertThrows(DomainException.class, () -> IdCardNumber.parse("1", TODAY));
        assertEquals("idNumber", e.field());
        assertEquals(DomainException.Kind.INVALID, e.kind());
    }
}
