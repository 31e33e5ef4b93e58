package org.yiyang.meals.domain;

import java.math.BigDecimal;

/**
 * A village as the service circle weighs it: urban or rural, where it is, and how many registered elders (and
 * special-hardship elders among them) live there.
 *
 * @param latitude  null while the village's location is not set (the circle then reports it apart)
 * @param longitude null while the village's location is not set
 */
public record CircleVillage(String code, String name, String townshipCode, boolean urban, BigDecimal latitude,
                            BigDecimal longitude, long elders, long specialHardship) {

    public CircleVillage {
        if (elders < 0 || specialHardship < 0 || specialHardship > elders) {
            throw new IllegalArgumentException("elder counts of " + code + ": " + elders + ", " + specialHardship);
        }
    }

    /** Whether the village's location is set. */
    public boolean located() {
        return latitude != null && longitude != null;
    }
}
