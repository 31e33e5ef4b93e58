package org.yiyang.meals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.Money;

/** One row of a stored subsidy table: the split of the meal price for an age band and economic status. */
@Embeddable
public class SubsidyRate {

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 20, updatable = false)
    private AgeBand band;

    @Enumerated(EnumType.STRING)
    @Column(name = "economic_status", nullable = false, length = 20, updatable = false)
    private EconomicStatus status;

    @Column(name = "elder_part", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal elderPart;

    @Column(name = "county_part", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal countyPart;

    @Column(name = "city_part", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal cityPart;

    @Column(name = "charity_part", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal charityPart;

    protected SubsidyRate() {
    }

    SubsidyRate(SubsidySchedule.Rate rate) {
        this.band = rate.band();
        this.status = rate.status();
        MealSplit s = rate.split();
        this.elderPart = s.elder().amount();
        this.countyPart = s.county().amount();
        this.cityPart = s.city().amount();
        this.charityPart = s.charity().amount();
    }

    SubsidySchedule.Rate rate() {
        return new SubsidySchedule.Rate(band, status, new MealSplit(Money.of(elderPart), Money.of(countyPart),
                Money.of(cityPart), Money.of(charityPart)));
    }
}
