package org.yiyang.providers.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yiyang.providers.domain.Provider;
import org.yiyang.providers.domain.ProviderRepository;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/** What a caller reaches of the county's providers: county users all of them, provider users their own. */
@Dependent
class ProviderScope {

    @Inject
    ProviderRepository providers;

    /** A provider a county user may read (provider users: only their own; another provider answers 404). */
    Provider visible(Caller caller, long id) {
        Provider p = providers.find(id).orElseThrow(() -> notFound(id));
        if (isProviderUser(caller) && !own(caller).map(o -> o.id().equals(p.id())).orElse(false)) {
            throw notFound(id);
        }
        return p;
    }

    /** The provider the caller's token names (its {@code provider} claim). */
    Optional<Provider> own(Caller caller) {
        return caller.provider().flatMap(providers::findByCode);
    }

    static boolean isProviderUser(Caller caller) {
        return caller.hasAny(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF)
                && !caller.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
    }

    /** A user of the county with a role (a volunteer only is not). */
    static Caller requireCountyUser() {
        Caller c = TenantScope.requireCaller();
        if (c.county().isEmpty() || c.roles().isEmpty() || c.has(Role.VOLUNTEER) && c.roles().size() == 1) {
            throw DomainException.forbidden("access.forbidden");
        }
        return c;
    }

    static DomainException notFound(long id) {
        return DomainException.notFound("provider.notFound", String.valueOf(id));
    }
}
