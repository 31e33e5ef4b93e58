package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.renovation.domain.HouseholdSubsidy;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanAction;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.renovation.domain.PlanStatus;
import org.yiyang.renovation.domain.SubsidyLedger;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Money;
import org.yiyang.shared.domain.ProviderWork;
import org.yiyang.shared.domain.policy.PolicyValue;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * The county administrator's decision on an assessed plan: approval with the household's subsidy under the
 * county's cap and a contractor, or rejection with a reason.
 */
@Stateless
public class Approvals {

    @Inject
    PlanRepository plans;

    @Inject
    ProviderDirectory providers;

    @Inject
    SubsidyLedger ledger;

    @Inject
    CountyPolicies policies;

    @Inject
    PlanScope scope;

    @Inject
    RenovationViews views;

    @Inject
    Event<PlanApproved> approved;

    @Inject
    Clock clock;

    /**
     * Approves an assessed plan: the subsidy the household rule grants ({@link HouseholdSubsidy}), self-pay = the
     * rest; the contractor must do renovation work in the plan's township. The household is locked for the
     * decision, so concurrent approvals of its plans never exceed the cap. Publishes {@link PlanApproved}.
     */
    public PlanView approve(long planId, Long contractorId) {
        Caller caller = PlanActions.require(PlanAction.APPROVE);
        Plan plan = scope.visible(caller, planId);
        plan.requireApprovable(); // refused before anything is locked; checked again under the lock
        ProviderRef contractor = contractor(contractorId, plan.townshipCode());
        String county = TenantScope.requireCounty();
        PolicyValue<BigDecimal> cap = policies.current(RenovationPolicies.HOUSEHOLD_CAP);
        ledger.lockHousehold(county, plan.householdId(), cap.value());
        plans.refreshForUpdate(plan);
        HouseholdSubsidy household = HouseholdSubsidy.of(cap.value(),
                ledger.heldForUpdate(county, plan.householdId()).approved());
        Money remaining = household.remaining();
        Money subsidy = household.grantFor(plan.total());
        PlanStatus from = plan.approve(subsidy.amount(), cap.value(), cap.version(), remaining.amount(),
                contractor.id(), caller.username(), clock.instant());
        if (subsidy.isPositive() && !ledger.add(county, plan.householdId(), subsidy.amount(), cap.value())) {
            throw DomainException.conflict("renovation.cap.exceeded", remaining.toString());
        }
        scope.record(plan, caller, PlanAction.APPROVE.step(), from, "¥" + subsidy + " + ¥"
                + plan.selfPay().toPlainString() + " · " + contractor.name());
        approved.fire(new PlanApproved(county, plan.id(), plan.householdId(), plan.elderId(), plan.townshipCode(),
                plan.subsidy(), plan.decidedAt()));
        return views.view(plan);
    }

    private ProviderRef contractor(Long contractorId, String township) {
        if (contractorId == null) {
            throw DomainException.invalid("contractorId", "renovation.contractor.required");
        }
        ProviderRef p = providers.find(contractorId).orElseThrow(() -> DomainException.invalid("contractorId",
                "provider.notFound", String.valueOf(contractorId)));
        if (!p.takes(ProviderWork.RENOVATION)) {
            throw DomainException.invalid("contractorId", "renovation.contractor.unsuitable", p.name());
        }
        if (!p.serves(township)) {
            throw DomainException.invalid("contractorId", "renovation.contractor.outsideArea", p.name());
        }
        return p;
    }

    public PlanView reject(long planId, String reason) {
        Caller caller = PlanActions.require(PlanAction.REJECT);
        Plan plan = scope.visible(caller, planId);
        String why = Inputs.reason(reason);
        PlanStatus from = plan.reject(why, caller.username(), clock.instant());
        scope.record(plan, caller, PlanAction.REJECT.step(), from, why);
        return views.view(plan);
    }
}
