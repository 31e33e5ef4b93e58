package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.renovation.domain.HouseholdSubsidy;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.SubsidyLedger;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.policy.PolicyValue;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/** A household's renovation subsidy under the county's cap in force: what its approved plans hold, what is left. */
@Stateless
public class Allowances {

    @Inject
    ElderDirectory elders;

    @Inject
    SubsidyLedger ledger;

    @Inject
    CountyPolicies policies;

    @Inject
    PlanScope scope;

    /** The household's subsidy as an approval of the plan would see it now. */
    public HouseholdAllowance allowance(long planId) {
        Plan plan = scope.visible(TenantScope.requireCaller(), planId);
        return allowanceOf(plan.householdId());
    }

    /** A household's subsidy, for the elder's file. */
    public HouseholdAllowance householdAllowance(long householdId) {
        Caller caller = Access.requireCountyRole(PlanScope.APPLICANTS);
        // the household's members as this county sees them: none for another county's household
        boolean inReach = elders.household(householdId).stream().anyMatch(e -> Access.reaches(caller, e.townshipCode()));
        if (!inReach) {
            throw DomainException.notFound("renovation.household.notFound", String.valueOf(householdId));
        }
        return allowanceOf(householdId);
    }

    private HouseholdAllowance allowanceOf(long householdId) {
        PolicyValue<BigDecimal> cap = policies.current(RenovationPolicies.HOUSEHOLD_CAP);
        SubsidyLedger.Held held = ledger.held(TenantScope.requireCounty(), householdId);
        return new HouseholdAllowance(householdId, cap.value(), cap.version(), held.approved(),
                HouseholdSubsidy.of(cap.value(), held.approved()).remaining().amount(), held.plans());
    }
}
