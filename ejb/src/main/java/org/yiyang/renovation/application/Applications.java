package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.yiyang.renovation.domain.SubsidyLedger;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.renovation.domain.ApplicantKind;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/**
 * Renovation applications: a grid worker, the township or the bureau applies for the household of an elder in
 * their reach, on behalf of the elder or the family; the plan then waits for the home assessment.
 */
@Stateless
public class Applications {

    @Inject
    PlanRepository plans;

    @Inject
    ElderDirectory elders;

    @Inject
    PlanScope scope;

    @Inject
    RenovationViews views;

    @Inject
    SubsidyLedger ledger;

    @Inject
    CountyPolicies policies;

    @Inject
    Clock clock;

    public PlanView apply(Application a) {
        Caller caller = Access.requireCountyRole(PlanScope.APPLICANTS);
        if (a == null || a.elderId() == null) {
            throw DomainException.invalid("elderId", "renovation.elder.required");
        }
        ElderRef elder = elders.findInReach(caller, a.elderId())
                .orElseThrow(() -> DomainException.invalid("elderId", "elder.notFound", String.valueOf(a.elderId())));
        if (!elder.active()) {
            throw DomainException.invalid("elderId", "renovation.elder.inactive");
        }
        ApplicantKind kind = Inputs.parse(ApplicantKind.class, a.applicantKind(), "applicantKind");
        if (kind == null) {
            kind = caller.has(Role.VILLAGE_ASSISTANT) ? ApplicantKind.ASSISTANT : ApplicantKind.ELDER;
        }
        String phone = Inputs.phone(a.applicantPhone(), "applicantPhone");
        Plan plan = new Plan(elder.householdId(), elder.id(), elder.townshipCode(), kind,
                Inputs.text(a.applicantName(), 40, "applicantName"), phone, Inputs.text(a.notes(), PlanScope.MAX_TEXT, "notes"),
                caller.username(), clock.instant());
        plans.store(plan);
        ledger.open(TenantScope.requireCounty(), plan.householdId(),
                policies.current(RenovationPolicies.HOUSEHOLD_CAP).value());
        scope.record(plan, caller, "apply", null, plan.requestNotes());
        return views.view(plan);
    }
}
