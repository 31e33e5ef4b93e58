package org.yiyang.providers.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import org.yiyang.providers.domain.Provider;
import org.yiyang.providers.domain.ProviderRepository;
import org.yiyang.providers.domain.Staff;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * The staff of the county's providers. County users read any provider's staff, provider users their own
 * provider's; a provider's administrator (and the county administrator) adds and deactivates staff, every change
 * audited.
 */
@Stateless
public class ProviderStaff {

    @Inject
    ProviderRepository providers;

    @Inject
    ProviderScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public List<StaffView> staff(long providerId) {
        Provider p = scope.visible(ProviderScope.requireCountyUser(), providerId);
        return providers.staffOf(p.id()).stream().map(ProviderStaff::view).toList();
    }

    public StaffView addStaff(long providerId, StaffInput in) {
        Caller caller = TenantScope.requireCaller();
        Provider p = manageable(caller, providerId);
        String name = ProviderRules.text(in.name(), 40, "name", true);
        String username = ProviderRules.text(in.username(), 100, "username", false);
        if (username != null && providers.findStaffByUsername(username).isPresent()) {
            throw DomainException.conflict("staff.username.taken", username);
        }
        Staff s = new Staff(p, name, ProviderRules.phone(in.phone()), username,
                ProviderRules.text(in.qualifications(), 200, "qualifications", false), caller.username(),
                clock.instant());
        providers.store(s);
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("staff.username.taken", String.valueOf(username));
        }
        audit.record("STAFF_ADDED", "provider", p.id(), name + (username == null ? "" : " (" + username + ")"));
        return view(s);
    }

    public StaffView deactivateStaff(long staffId) {
        Caller caller = TenantScope.requireCaller();
        Staff s = providers.findStaff(staffId).orElseThrow(() -> DomainException.notFound("staff.notFound",
                String.valueOf(staffId)));
        manageable(caller, s.provider().id());
        if (s.active()) {
            s.deactivate(caller.username(), clock.instant());
            audit.record("STAFF_DEACTIVATED", "provider", s.provider().id(), s.name());
        }
        return view(s);
    }

    /** A provider whose staff the caller manages: the county administrator any, a provider's administrator theirs. */
    private Provider manageable(Caller caller, long providerId) {
        Access.requireCountyRole("staff.adminOnly", Role.COUNTY_ADMIN, Role.PROVIDER_ADMIN);
        Provider p = providers.find(providerId).orElseThrow(() -> ProviderScope.notFound(providerId));
        if (!caller.has(Role.COUNTY_ADMIN) && !scope.own(caller).map(o -> o.id().equals(p.id())).orElse(false)) {
            throw ProviderScope.notFound(providerId);
        }
        return p;
    }

    private static StaffView view(Staff s) {
        return new StaffView(s.id(), s.provider().id(), s.name(), s.phone(), s.username(), s.qualifications(),
                s.active());
    }
}
