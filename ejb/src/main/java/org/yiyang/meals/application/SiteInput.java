package org.yiyang.meals.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A meal site as a form or a JSON body carries it (enum names as text).
 *
 * @param type        CANTEEN (孝善食堂), ELDER_TABLE (老年餐桌) or MEAL_POINT (助餐点)
 * @param level       COMMUNITY (社区级) or RESIDENTIAL (小区/村居级)
 * @param providerId  the operator: a provider of the county doing meals that serves the village's township
 * @param villageCode the 12-digit code of the village or community; the township is the village's
 * @param capacity    meals per period
 * @param periods     BREAKFAST, LUNCH, DINNER
 * @param delivery    whether it delivers meals home (送餐上门)
 */
public record SiteInput(String type, String level, String name, Long providerId, String address, String villageCode,
                        BigDecimal latitude, BigDecimal longitude, Integer capacity, List<String> periods,
                        Boolean delivery, LocalDate openingDate) {
}
