package org.yiyang.elders.domain;

import java.util.Optional;

/** Households of the current county. */
public interface HouseholdRepository {

    Optional<Household> find(long id);

    Optional<Household> findByNumber(String householdNo);

    void store(Household household);
}
