package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.Household;
import org.yiyang.elders.domain.HouseholdRepository;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.Village;

/**
 * The households of the register: a household moves (all its members with it), an elder joins another household.
 * An elder leaving their township is announced ({@link ElderMoved}) in the same transaction, so that the records
 * of other contexts follow; every change is audited.
 */
@Stateless
public class Households {

    @Inject
    Event<ElderMoved> moved;

    @Inject
    Event<ElderChangingHousehold> changingHousehold;

    @Inject
    ElderRepository elders;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdPlacement placement;

    @Inject
    ElderScope scope;

    @Inject
    ElderViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The household moved: every member now lives at the new address. */
    public ElderDetailView moveHousehold(long elderId, String villageCode, String address) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = scope.visibleElder(caller, elderId);
        Household household = elder.household();
        Village village = scope.visibleVillage(caller, villageCode);
        String newAddress = ElderRules.validAddress(address);
        if (village.code().equals(household.villageCode()) && Objects.equals(newAddress, household.address())) {
            return views.detail(elder);
        }
        String before = household.villageCode() + " " + Objects.toString(household.address(), "");
        String fromTownship = elder.townshipCode();
        household.relocate(village, newAddress, caller.username(), clock.instant());
        List<Long> members = new ArrayList<>();
        for (Elder member : elders.membersOf(household.id())) {
            member.followHousehold();
            members.add(member.id());
        }
        if (!fromTownship.equals(village.townshipCode())) {
            moved.fire(new ElderMoved(caller.county().orElseThrow(), members, fromTownship, village.townshipCode()));
        }
        audit.record("HOUSEHOLD_MOVED", "household", household.id(), before + " -> " + village.code() + " "
                + Objects.toString(newAddress, ""));
        audit.record("HOUSEHOLD_MOVED", "elder", elder.id(), "to " + village.code());
        return views.detail(elder);
    }

    /** The elder joins the household with this number (created in the elder's village if it does not exist). */
    public ElderDetailView changeHousehold(long elderId, String householdNo) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = scope.visibleElder(caller, elderId);
        String no = ElderRules.validHouseholdNo(householdNo);
        if (no == null) {
            throw DomainException.invalid("householdNo", "household.no.required");
        }
        Household from = elder.household();
        if (no.equals(from.householdNo())) {
            return views.detail(elder);
        }
        changingHousehold.fire(new ElderChangingHousehold(caller.county().orElseThrow(), elder.id(), from.id()));
        String fromTownship = elder.townshipCode();
        Household target = households.findByNumber(no)
                .map(h -> scope.visibleHousehold(caller, h))
                .orElseGet(() -> placement.newHousehold(caller, no, scope.visibleVillage(caller, elder.villageCode()),
                        from.address()));
        elder.moveTo(target, caller.username(), clock.instant());
        if (!fromTownship.equals(elder.townshipCode())) {
            moved.fire(new ElderMoved(caller.county().orElseThrow(), List.of(elder.id()), fromTownship,
                    elder.townshipCode()));
        }
        audit.record("ELDER_HOUSEHOLD_CHANGED", "elder", elder.id(), "household " + from.id() + " -> " + target.id());
        return views.detail(elder);
    }
}
