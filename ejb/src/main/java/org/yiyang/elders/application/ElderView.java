package org.yiyang.elders.application;

import java.time.LocalDate;
import java.util.List;

/** An elder as lists show it: the ID number only masked; categories computed for today. */
public record ElderView(long id, String name, String idNumberMasked, LocalDate birthDate, int age, String sex,
                        String townshipCode, String townshipName, String villageCode, String villageName,
                        List<String> categories, String status, long version) {
}
