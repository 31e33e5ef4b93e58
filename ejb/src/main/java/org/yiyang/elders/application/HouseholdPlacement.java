package org.yiyang.elders.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.yiyang.elders.domain.Household;
import org.yiyang.elders.domain.HouseholdRepository;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.Village;

/** The household an elder is registered into or joins: one the caller reaches, or a new one. */
@Dependent
class HouseholdPlacement {

    @Inject
    HouseholdRepository households;

    @Inject
    ElderScope scope;

    @Inject
    Clock clock;

    /**
     * The household with this number if there is one (in the caller's township and in the given village, if any),
     * else a new household in the village at the address.
     */
    Household householdFor(Caller caller, String householdNo, String villageCode, String address) {
        String no = ElderRules.validHouseholdNo(householdNo);
        if (no != null) {
            Optional<Household> existing = households.findByNumber(no);
            if (existing.isPresent()) {
                Household h = scope.visibleHousehold(caller, existing.get());
                if (villageCode != null && !villageCode.isBlank() && !villageCode.equals(h.villageCode())) {
                    throw DomainException.invalid("villageCode", "household.otherVillage", no);
                }
                return h;
            }
        }
        return newHousehold(caller, no, scope.visibleVillage(caller, villageCode), ElderRules.validAddress(address));
    }

    /** A new household, stored. */
    Household newHousehold(Caller caller, String no, Village village, String address) {
        Household h = new Household(no, village, address, caller.username(), clock.instant());
        households.store(h);
        return h;
    }
}
