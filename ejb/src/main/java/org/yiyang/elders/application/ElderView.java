package org.yiyang.elders.application;

import java.time.LocalDate;

/** An elder as lists and pages show it: the ID number only masked. */
public record ElderView(long id, String name, String idNumberMasked, LocalDate birthDate, int age, String sex,
                        String townshipCode, String townshipName, String villageCode, String villageName,
                        long version) {
}
