package org.yiyang.renovation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanEvent;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.renovation.domain.PlanSearch;
import org.yiyang.renovation.domain.PlanStatus;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/**
 * The plans a caller reaches, which every use case starts from: the county bureau all of the county's, township
 * staff and grid workers their township's, a contractor the plans given to it; and the record of each step taken.
 */
@ApplicationScoped
public class PlanScope {

    /** Who applies for plans, and sees a household's subsidy and the figures. */
    static final Role[] APPLICANTS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_ASSISTANT};

    /** The longest note a step takes. */
    static final int MAX_TEXT = 500;

    @Inject
    PlanRepository plans;

    @Inject
    ProviderDirectory providers;

    @Inject
    Clock clock;

    /** A plan the caller may see; any other answers 404, whether it exists elsewhere or not. */
    public Plan visible(Caller caller, long id) {
        Plan p = plans.find(id).orElseThrow(() -> notFound(id));
        boolean ok;
        if (Access.countyWide(caller)) {
            ok = true;
        } else if (townshipSide(caller)) {
            ok = Access.reaches(caller, p.townshipCode());
        } else if (contractorSide(caller)) {
            ok = p.contractorId() != null
                    && providers.providerOf(caller).map(v -> v.id() == p.contractorId()).orElse(false);
        } else {
            ok = false;
        }
        if (!ok) {
            throw notFound(id);
        }
        return p;
    }

    /** The search of a plan list, narrowed to the caller's plans. */
    public PlanSearch search(Caller caller, PlanQuery q) {
        Optional<String> township = Optional.ofNullable(Inputs.blank(q.townshipCode()));
        Optional<Long> contractor = Optional.ofNullable(q.contractorId());
        if (Access.countyWide(caller)) {
            // every plan of the county
        } else if (townshipSide(caller)) {
            String own = ownTownship(caller);
            if (township.isPresent() && !township.get().equals(own)) {
                throw DomainException.forbidden("access.otherTownship");
            }
            township = Optional.of(own);
        } else if (contractorSide(caller)) {
            contractor = Optional.of(providers.providerOf(caller).map(ProviderRef::id).orElse(-1L));
        } else {
            throw DomainException.forbidden("access.forbidden");
        }
        PlanStatus status = Inputs.parse(PlanStatus.class, q.status(), "status");
        return new PlanSearch(status == null ? Set.of() : Set.of(status), township, contractor,
                Optional.ofNullable(q.householdId()), Optional.ofNullable(q.elderId()));
    }

    /** Records a step in the plan's timeline: who, in which role, from which status to the plan's status now. */
    public void record(Plan plan, Caller caller, String action, PlanStatus from, String note) {
        plans.record(new PlanEvent(plan, clock.instant(), caller.username(), Inputs.primaryRole(caller), action, from,
                plan.status(), note == null || note.isBlank() ? null : note));
    }

    /** Township staff or a grid worker, not the county bureau. */
    static boolean townshipSide(Caller c) {
        return !Access.countyWide(c) && c.hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT);
    }

    /** A provider's account, and nothing of the county or a township. */
    static boolean contractorSide(Caller c) {
        return !Access.countyWide(c) && !townshipSide(c) && c.hasAny(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
    }

    static String ownTownship(Caller c) {
        return c.township().orElseThrow(() -> DomainException.forbidden("access.noTownship"));
    }

    static DomainException notFound(long id) {
        return DomainException.notFound("renovation.notFound", String.valueOf(id));
    }
}
