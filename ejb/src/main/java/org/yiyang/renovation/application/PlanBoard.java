package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanAction;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.renovation.domain.PlanSearch;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/** The plans in the caller's scope: lists, one plan, its timeline and the steps the caller may take on it now. */
@Stateless
public class PlanBoard {

    @Inject
    PlanRepository plans;

    @Inject
    PlanScope scope;

    @Inject
    RenovationViews views;

    public PlanView plan(long id) {
        return views.view(scope.visible(TenantScope.requireCaller(), id));
    }

    /** The steps the caller may take on the plan now ({@link PlanActions}). */
    public Set<PlanAction> allowed(long id) {
        Caller caller = TenantScope.requireCaller();
        return PlanActions.allowed(caller, scope.visible(caller, id));
    }

    public List<PlanEventView> events(long id) {
        Plan plan = scope.visible(TenantScope.requireCaller(), id);
        return plans.events(plan.id()).stream().map(e -> new PlanEventView(e.occurredAt(), e.actor(), e.actorRole(),
                e.action(), e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.note()))
                .toList();
    }

    public PlanPage search(PlanQuery q, int first, int max) {
        PlanSearch s = scope.search(TenantScope.requireCaller(), q == null ? PlanQuery.ALL : q);
        int size = Math.max(1, Math.min(max, 200));
        int from = Math.max(0, first);
        return new PlanPage(views.views(plans.search(s, from, size)), plans.count(s), from, size);
    }
}
