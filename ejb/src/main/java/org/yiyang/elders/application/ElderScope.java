package org.yiyang.elders.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.Household;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/**
 * What a caller reaches of the register: the county bureau all of the county, township staff and village assistants
 * their township's elders, households and villages.
 */
@Dependent
class ElderScope {

    @Inject
    ElderRepository elders;

    @Inject
    PlaceDirectory places;

    /** An elder the caller may see; any other answers 404, whether it exists elsewhere or not. */
    Elder visibleElder(Caller caller, long id) {
        Optional<String> township = Access.townshipScope(caller);
        return elders.find(id)
                .filter(e -> township.isEmpty() || township.get().equals(e.townshipCode()))
                .orElseThrow(() -> DomainException.notFound("elder.notFound", String.valueOf(id)));
    }

    /** A village the caller may register in (400 on {@code villageCode} otherwise). */
    Village visibleVillage(Caller caller, String code) {
        Optional<String> township = Access.townshipScope(caller);
        return places.village(code)
                .filter(v -> township.isEmpty() || township.get().equals(v.townshipCode()))
                .orElseThrow(() -> DomainException.invalid("villageCode", "village.unknown",
                        code == null ? "" : code));
    }

    /** The household, if in the caller's township (400 on {@code householdNo} otherwise). */
    Household visibleHousehold(Caller caller, Household h) {
        Optional<String> township = Access.townshipScope(caller);
        if (township.isPresent() && !township.get().equals(h.townshipCode())) {
            throw DomainException.invalid("householdNo", "household.otherTownship");
        }
        return h;
    }

    /**
     * The refusal of a second registration: naming the registered elder when the caller reaches them, only their
     * township otherwise.
     */
    DomainException duplicate(Caller caller, Elder existing) {
        Optional<String> township = Access.townshipScope(caller);
        if (township.isEmpty() || township.get().equals(existing.townshipCode())) {
            return DomainException.conflict("elder.duplicate", String.valueOf(existing.id()), existing.name());
        }
        String townshipName = places.township(existing.townshipCode()).map(Township::name).orElse("");
        return DomainException.conflict("elder.duplicateElsewhere", townshipName);
    }
}
