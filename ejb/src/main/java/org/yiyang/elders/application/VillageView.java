package org.yiyang.elders.application;

import java.math.BigDecimal;
import org.yiyang.tenancy.domain.Village;

/**
 * A village or community of the county, with where it is (degrees) once the county has set it.
 *
 * @param latitude  null until the village's location is set
 * @param longitude null until the village's location is set
 */
public record VillageView(String code, String name, String townshipCode, boolean urban, BigDecimal latitude,
                          BigDecimal longitude) {

    static VillageView of(Village v) {
        return new VillageView(v.code(), v.name(), v.townshipCode(), v.urban(), v.latitude().orElse(null),
                v.longitude().orElse(null));
    }
}
