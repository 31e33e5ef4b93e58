package org.yiyang.meals.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.Money;

/**
 * A county's meal subsidy table as in force: one meal price, and per age band and economic status how it is split
 * between the elder, the county, the city and charity; every row's parts add up to the price. An elder whose band
 * and status have no row pays the whole price, without a subsidy. Only constructed valid ({@link #of}).
 *
 * <p>The national default (version 0, for counties without a table of their own): a meal costs 8.00 yuan, of which
 * the elder pays 3.00 and the county 5.00, for every elder of 60 and over whatever the economic status.
 */
public record SubsidySchedule(int version, Money price, List<Rate> rates) {

    public static final Money MAX_PRICE = Money.of("1000");

    /** The national default: 8.00 = elder 3.00 + county 5.00 for every band and status. */
    public static final SubsidySchedule NATIONAL_DEFAULT = nationalDefault();

    /** One row: the split for an age band and economic status. */
    public record Rate(AgeBand band, EconomicStatus status, MealSplit split) {
    }

    public SubsidySchedule {
        rates = List.copyOf(rates);
    }

    /**
     * A valid schedule: a price above zero and at most {@link #MAX_PRICE}, at least one row, at most one row per band
     * and status, no part below zero, and each row adding up to the price.
     */
    public static SubsidySchedule of(int version, Money price, List<Rate> rates) {
        if (price == null || !price.isPositive() || price.compareTo(MAX_PRICE) > 0) {
            throw DomainException.invalid("price", "meals.subsidy.price.invalid", MAX_PRICE);
        }
        if (rates == null || rates.isEmpty()) {
            throw DomainException.invalid("rows", "meals.subsidy.rows.required");
        }
        Set<String> seen = new HashSet<>();
        for (Rate r : rates) {
            if (r.band() == null || r.status() == null) {
                throw DomainException.invalid("rows", "meals.subsidy.row.incomplete");
            }
            if (!seen.add(r.band() + "/" + r.status())) {
                throw DomainException.invalid("rows", "meals.subsidy.row.duplicate", band(r), status(r));
            }
            MealSplit s = r.split();
            if (s.elder().isNegative() || s.county().isNegative() || s.city().isNegative()
                    || s.charity().isNegative()) {
                throw DomainException.invalid("rows", "meals.subsidy.row.negative", band(r), status(r));
            }
            if (!s.total().equals(price)) {
                throw DomainException.invalid("rows", "meals.subsidy.row.sum", band(r), status(r), s.total(), price);
            }
        }
        List<Rate> sorted = new ArrayList<>(rates);
        sorted.sort(Comparator.comparing(Rate::band).thenComparing(Rate::status));
        return new SubsidySchedule(version, price, sorted);
    }

    /** The split of an elder's band and status, if the table has a row for them. */
    public Optional<MealSplit> split(AgeBand band, EconomicStatus status) {
        return rates.stream().filter(r -> r.band() == band && r.status() == status).map(Rate::split).findFirst();
    }

    /**
     * What a meal costs an elder of this band and status: the row's split, subsidised when others pay a part of it;
     * the whole price for the elder when the table has no row for them, or when the meal is served at full price
     * (the elder had the period's subsidised meal already).
     */
    public MealPrice priceFor(AgeBand band, EconomicStatus status, boolean fullPrice) {
        Optional<MealSplit> row = fullPrice ? Optional.empty() : split(band, status);
        return row.filter(s -> s.subsidy().isPositive())
                .map(s -> new MealPrice(version, price, s, true))
                .orElseGet(() -> new MealPrice(version, price, MealSplit.fullPrice(price), false));
    }

    private static SubsidySchedule nationalDefault() {
        MealSplit split = new MealSplit(Money.of("3.00"), Money.of("5.00"), Money.ZERO, Money.ZERO);
        List<Rate> rates = new ArrayList<>();
        for (AgeBand b : AgeBand.values()) {
            for (EconomicStatus s : EconomicStatus.values()) {
                rates.add(new Rate(b, s, split));
            }
        }
        return of(0, Money.of("8.00"), rates);
    }

    private static DomainException.Label band(Rate r) {
        return new DomainException.Label("AgeBand." + r.band().name());
    }

    private static DomainException.Label status(Rate r) {
        return new DomainException.Label("EconomicStatus." + r.status().name());
    }
}
