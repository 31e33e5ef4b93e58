package org.yiyang.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void anAgeFallsIntoExactlyOneBandFromSixtyOn() {
        assertEquals(AgeBand.FROM_60_TO_69, AgeBand.of(60));
        assertEquals(AgeBand.FROM_60_TO_69, AgeBand.of(69));
        assertEquals(AgeBand.FROM_70_TO_79, AgeBand.of(70));
        assertEquals(AgeBand.FROM_80_TO_89, AgeBand.of(89));
        assertEquals(AgeBand.FROM_90, AgeBand.of(90));
        assertEquals(AgeBand.FROM_90, AgeBand.of(104));
        assertThrows(IllegalArgumentException.class, () -> AgeBand.of(59));
    }
}
