package org.yiyang.orders.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderRepository;
import org.yiyang.orders.domain.OrderSearch;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.orders.domain.Payer;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.providers.application.StaffRef;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;

/**
 * What a caller reaches among the county's orders and elders: the bureau all of them, township offices and grid
 * workers their township, a provider's administrator its orders and service area, a member of staff their tasks.
 */
@Dependent
class OrderScope {

    @Inject
    OrderRepository orders;

    @Inject
    ElderDirectory elders;

    @Inject
    ProviderDirectory providers;

    /** An order the caller may see; any other answers 404, whether it exists elsewhere or not. */
    Order visible(Caller caller, long id) {
        Order o = orders.find(id).orElseThrow(() -> notFound(id));
        boolean ok;
        if (Access.countyWide(caller)) {
            ok = true;
        } else if (OrderRoles.township(caller)) {
            ok = Access.reaches(caller, o.townshipCode());
        } else if (OrderRoles.providerAdmin(caller)) {
            ok = providers.providerOf(caller).map(p -> Objects.equals(p.id(), o.providerId())).orElse(false);
        } else if (OrderRoles.providerStaff(caller)) {
            ok = providers.staffOf(caller).map(s -> Objects.equals(s.id(), o.staffId())).orElse(false);
        } else {
            ok = false;
        }
        if (!ok) {
            throw notFound(id);
        }
        return o;
    }

    /** The caller's scope on top of the query. */
    OrderSearch search(Caller caller, OrderQuery q) {
        Optional<String> township = Optional.ofNullable(Inputs.blank(q.townshipCode()));
        Optional<Long> provider = Optional.ofNullable(q.providerId());
        Optional<Long> staff = Optional.empty();
        if (Access.countyWide(caller)) {
            // every order of the county
        } else if (OrderRoles.township(caller)) {
            String own = caller.township().orElseThrow(() -> DomainException.forbidden("access.noTownship"));
            if (township.isPresent() && !township.get().equals(own)) {
                throw DomainException.forbidden("access.otherTownship");
            }
            township = Optional.of(own);
        } else if (OrderRoles.providerAdmin(caller)) {
            provider = Optional.of(ownProvider(caller).id());
        } else if (OrderRoles.providerStaff(caller)) {
            StaffRef me = providers.staffOf(caller).orElseThrow(() -> DomainException.forbidden("staff.unknownAccount"));
            provider = Optional.of(me.providerId());
            staff = Optional.of(me.id());
        } else {
            throw DomainException.forbidden("access.forbidden");
        }
        Optional<Instant> from = Optional.ofNullable(q.from()).map(ChinaTime::startOf);
        Optional<Instant> to = Optional.ofNullable(q.to()).map(d -> ChinaTime.startOf(d.plusDays(1)));
        OrderStatus status = Inputs.parse(OrderStatus.class, q.status(), "status");
        return new OrderSearch(status == null ? Set.of() : Set.of(status),
                Optional.ofNullable(q.service() == null || q.service().isBlank() ? null : ServiceCatalog.kind(q.service())),
                provider, staff, Optional.ofNullable(Inputs.parse(Payer.class, q.payer(), "payer")),
                Optional.ofNullable(q.elderId()), township, from, to, Optional.empty(), false);
    }

    /** An elder the caller may take an order for; any other is 'not found' (400 on {@code elderId}). */
    ElderRef elderInReach(Caller caller, long elderId) {
        return inReach(caller, elders.find(elderId).orElseThrow(() -> elderNotFound(elderId)));
    }

    /** The elder, if in the caller's reach: their township, or a provider's service area. */
    ElderRef inReach(Caller caller, ElderRef elder) {
        if (OrderRoles.township(caller) && !Access.reaches(caller, elder.townshipCode())) {
            throw elderNotFound(elder.id());
        }
        if ((OrderRoles.providerAdmin(caller) || OrderRoles.providerStaff(caller))
                && !ownProvider(caller).serves(elder.townshipCode())) {
            throw elderNotFound(elder.id());
        }
        return elder;
    }

    /** The provider the calling provider account stands for. */
    ProviderRef ownProvider(Caller caller) {
        return providers.providerOf(caller).orElseThrow(() -> DomainException.forbidden("provider.unknownAccount"));
    }

    private static DomainException elderNotFound(long elderId) {
        return DomainException.invalid("elderId", "elder.notFound", String.valueOf(elderId));
    }

    private static DomainException notFound(long id) {
        return DomainException.notFound("order.notFound", String.valueOf(id));
    }
}
