package org.yiyang.renovation.application;

import java.util.EnumSet;
import java.util.Set;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanAction;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * Which steps a caller may take on a plan, in one place: the role that owns each step is said here, the statuses
 * a step is taken from by the step itself ({@link PlanAction}). The use cases check the role before they look at
 * the plan (403), the plan checks its status (409); the plan's page shows what {@link #allowed} says.
 */
public final class PlanActions {

    /** Who owns a step, and the refusal for anybody else. */
    private enum Owner {
        /** The bureau's assessors (and its administrator). */
        ASSESSORS("access.forbidden"),
        /** The county administrator. */
        ADMINISTRATOR("access.forbidden"),
        /** The contractor, on the plans given to it. */
        CONTRACTOR("renovation.contractorOnly"),
        /** Township staff, on their township's plans. */
        TOWNSHIP("renovation.townshipOnly");

        private final String refusal;

        Owner(String refusal) {
            this.refusal = refusal;
        }

        boolean is(Caller c) {
            return switch (this) {
                case ASSESSORS -> c.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF) && c.county().isPresent();
                case ADMINISTRATOR -> c.has(Role.COUNTY_ADMIN) && c.county().isPresent();
                case CONTRACTOR -> PlanScope.contractorSide(c);
                case TOWNSHIP -> !Access.countyWide(c) && c.has(Role.TOWNSHIP_STAFF);
            };
        }
    }

    private PlanActions() {
    }

    private static Owner owner(PlanAction action) {
        return switch (action) {
            case ASSESS, PHOTO_ASSESSMENT -> Owner.ASSESSORS;
            case APPROVE, REJECT, SETTLE -> Owner.ADMINISTRATOR;
            case START, COMPLETE, PHOTO_BEFORE, PHOTO_AFTER -> Owner.CONTRACTOR;
            case ACCEPT, SEND_BACK -> Owner.TOWNSHIP;
        };
    }

    /** The caller, whose role must own the step; else refused (403) before any plan is looked at. */
    static Caller require(PlanAction action) {
        Caller caller = TenantScope.requireCaller();
        Owner owner = owner(action);
        if (!owner.is(caller)) {
            throw DomainException.forbidden(owner.refusal);
        }
        return caller;
    }

    /** The steps the caller may take on a plan they see, in its status now. */
    public static Set<PlanAction> allowed(Caller caller, Plan plan) {
        Set<PlanAction> allowed = EnumSet.noneOf(PlanAction.class);
        for (PlanAction a : PlanAction.values()) {
            if (owner(a).is(caller) && a.takenFrom(plan.status())) {
                allowed.add(a);
            }
        }
        return allowed;
    }
}
