package org.yiyang.web.meals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The serving screen's one field: a scanned card's token, or the ID digits and the name. */
class ServingEntryTest {

    static final String TOKEN = "ATM3MTYwMgHx3k9Qv2_Zc-8pYd0aJ1LmNoPqRsTuVwXyZ0123456789abcdefGhIjKlMnOpQ";

    @Test
    void aScannedTokenIsTheCard() {
        assertEquals(new ServingEntry(TOKEN, null, null), ServingEntry.of(TOKEN));
        assertEquals(new ServingEntry(TOKEN, null, null), ServingEntry.of("  " + TOKEN + "\n"));
    }

    @Test
    void idDigitsAndANameAreTheElder() {
        assertEquals(new ServingEntry(null, "1234", "张桂兰"), ServingEntry.of("1234 张桂兰"));
        assertEquals(new ServingEntry(null, "1234", "张桂兰"), ServingEntry.of("1234张桂兰"));
        assertEquals(new ServingEntry(null, "123X", "张桂兰"), ServingEntry.of(" 123X，张桂兰 "));
        assertEquals(new ServingEntry(null, "123x", "Zhang Guilan"), ServingEntry.of("123x Zhang Guilan"));
    }

    @Test
    void onlyDigitsOrNothingLeaveTheRestToTheUseCase() {
        assertEquals(new ServingEntry(null, "1234", null), ServingEntry.of("1234"));
        assertEquals(new ServingEntry(null, null, null), ServingEntry.of("   "));
        assertEquals(new ServingEntry(null, null, null), ServingEntry.of(null));
        assertEquals(new ServingEntry("1234abc", null, null), ServingEntry.of("1234abc"),
                "letters right after the digits are a (bad) token, refused as such");
    }
}
