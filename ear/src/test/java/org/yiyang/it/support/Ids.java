package org.yiyang.it.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid resident ID numbers for tests: a county's region code, a birth date 60-90 years back, a
 * sequence number unique within this test run, and the ISO 7064 MOD 11-2 check character.
 */
public final class Ids {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 7000));

    private Ids() {
    }

    /** A new, valid number of an elder born in the given county. */
    public static String elder(String county) {
        int n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n % 9000);
        String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 100 + (n / 9000) % 800);
        return first17 + check(first17);
    }

    /** A new, valid number of an elder of the county born in the given year (60-79: not of advanced age). */
    public static String elderBornIn(String county, int year) {
        int n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(year, 1, 1).plusDays(n % 360);
        String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 100 + (n / 360) % 800);
        return first17 + check(first17);
    }

    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
