package org.yiyang.meals.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The circle's figures of an area (a township, the county). The shares are taken over the elders of the area's
 * located villages; the elders of villages without a location are counted apart, as nobody can say how far they live
 * from a site.
 *
 * @param villages                 located villages
 * @param villagesCovered          located villages within the circle of a site
 * @param villagesWithoutLocation  villages whose location is not set
 * @param elders                   registered elders of the located villages
 * @param eldersCovered            of them, those living in a covered village
 * @param specialHardship          special-hardship elders of the located villages
 * @param specialHardshipCovered   of them, those living in a covered village
 * @param eldersWithoutLocation    registered elders of the villages without a location
 */
public record CoverageShare(int villages, int villagesCovered, int villagesWithoutLocation, long elders,
                            long eldersCovered, long specialHardship, long specialHardshipCovered,
                            long eldersWithoutLocation) {

    /** Decimal places of a share (a fraction between 0 and 1). */
    public static final int SCALE = 4;

    /** The share of elders covered; empty when the located villages have no elders. */
    public Optional<BigDecimal> eldersShare() {
        return share(eldersCovered, elders);
    }

    /** The share of special-hardship elders covered; empty when the located villages have none. */
    public Optional<BigDecimal> specialHardshipShare() {
        return share(specialHardshipCovered, specialHardship);
    }

    private static Optional<BigDecimal> share(long part, long whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
    }
}
