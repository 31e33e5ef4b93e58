package org.yiyang.shared.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * An 18-digit resident identity card number (GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence (odd: male), ISO 7064 MOD 11-2 check character. Only constructed valid.
 *
 * <p>Sensitive personal data: {@link #toString()} is masked; the plain number is only given out by
 * {@link #value()} for encryption and hashing.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes of GB/T 2260 (incl. 71 Taiwan, 81 Hong Kong, 82 Macao). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    private IdCardNumber(String value, LocalDate birthDate, Sex sex) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /**
     * Validates and parses a number as typed by a user (surrounding blanks ignored, lower-case x accepted).
     *
     * @param today the current date, to refuse birth dates in the future
     * @throws DomainException with field {@code idNumber} and the reason
     */
    public static IdCardNumber parse(String input, LocalDate today) {
        String s = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw DomainException.invalid("idNumber", "idNumber.required");
        }
        if (s.length() != 18) {
            throw DomainException.invalid("idNumber", "idNumber.length", s.length());
        }
        if (!s.matches("\\d{17}[\\dX]")) {
            throw DomainException.invalid("idNumber", "idNumber.characters");
        }
        String region = s.substring(0, 6);
        if (!PROVINCES.contains(region.substring(0, 2)) || region.endsWith("0000")) {
            throw DomainException.invalid("idNumber", "idNumber.region", region);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw DomainException.invalid("idNumber", "idNumber.birthDate", s.substring(6, 14));
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw DomainException.invalid("idNumber", "idNumber.birthDate", s.substring(6, 14));
        }
        if (s.charAt(17) != checkCharacter(s)) {
            throw DomainException.invalid("idNumber", "idNumber.checkDigit");
        }
        Sex sex = (s.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new IdCardNumber(s, birth, sex);
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The plain number: only for encryption, hashing and an audited reveal. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** The 6-digit region code of the registered permanent residence at issue. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** As shown in lists and exports: region code, eight stars, the last four characters. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String number) {
        return number.substring(0, 6) + "********" + number.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdCardNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
