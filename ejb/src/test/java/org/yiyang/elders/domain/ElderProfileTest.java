package org.yiyang.elders.domain;

import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.DisabilityType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

class ElderProfileTest {

    static DomainException refused(Runnable r) {
        return assertThrows(DomainException.class, r::run);
    }

    @Test
    void acceptsMobileAndLandlineNumbersAndNormalisesThem() {
        assertEquals("13912345678", ElderProfile.of(" 139 1234 5678 ", null, null, null, null, null, null, null,
                null, false, false).phone());
        assertEquals("0543-3186001", ElderProfile.of("0543-3186001", null, null, null, null, null, null, null, null,
                false, false).phone());
    }

    @Test
    void refusesMalformedPhoneNumbersNamingTheField() {
        DomainException e = refused(() -> ElderProfile.of(null, "李四", "12345", null, null, null, null, null, null,
                false, false));
        assertEquals("emergencyContactPhone", e.field());
        assertEquals("elder.phone.invalid", e.messageKey());
    }

    @Test
    void disabilityGradeAndTypeGoTogether() {
        assertEquals("elder.disability.both", refused(() -> ElderProfile.of(null, null, null, null, null, null, 2,
                null, null, false, false)).messageKey());
        assertEquals("elder.disability.grade", refused(() -> ElderProfile.of(null, null, null, null, null, null, 5,
                DisabilityType.VISUAL, null, false, false)).messageKey());
    }

    @Test
    void aWidowedChildlessElderCannotLiveWithSpouseOrChildren() {
        assertEquals("elder.widowedChildless.conflict", refused(() -> ElderProfile.of(null, null, null, null,
                LivingArrangement.WITH_CHILDREN, null, null, null, null, false, true)).messageKey());
    }

    @Test
    void economicStatusDefaultsToNone() {
        assertEquals(EconomicStatus.NONE, ElderProfile.of(null, null, null, null, null, null, null, null, null,
                false, false).economicStatus());
    }
}
