package org.yiyang.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.orders.domain.Order;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.providers.application.StaffRef;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;

/** Orders as views: with the names of elder, township, provider and staff, each looked up once per call. */
@ApplicationScoped
public class OrderViews {

    @Inject
    ElderDirectory elders;

    @Inject
    ProviderDirectory providers;

    @Inject
    PlaceDirectory places;

    public OrderView view(Order o) {
        return view(o, new Names());
    }

    public List<OrderView> views(List<Order> list) {
        Names names = new Names();
        return list.stream().map(o -> view(o, names)).toList();
    }

    /** A township's name (its code when unknown). */
    public String township(String code) {
        return places.township(code).map(Township::name).orElse(code);
    }

    private OrderView view(Order o, Names n) {
        ElderRef e = n.elder(o.elderId());
        return new OrderView(o.id(), o.elderId(), e == null ? "" : e.name(), e == null ? "" : e.idNumberMasked(),
                o.townshipCode(), n.township(o.townshipCode()), o.service().name(), o.unitPrice(), o.quantity(),
                o.amount(), o.priceVersion(), o.plannedMinutes(), o.payer().name(), o.scheduledAt(), o.address(),
                o.requestNotes(), o.origin().name(), o.status().name(), o.providerId(), n.provider(o.providerId()),
                o.staffId(), n.staff(o.staffId()), o.checkedInAt(), o.checkInLatitude(), o.checkInLongitude(),
                o.checkedOutAt(), o.durationMinutes(), o.completionNotes(), o.rating(), o.ratingComment(),
                o.confirmedBy(), o.closingReason(), o.settlementId(), o.createdAt(), o.createdBy(), o.version());
    }

    /** Names looked up once per use case. */
    private final class Names {
        private final Map<Long, ElderRef> elderCache = new HashMap<>();
        private final Map<String, String> townships = new HashMap<>();
        private final Map<Long, String> providerNames = new HashMap<>();
        private final Map<Long, String> staffNames = new HashMap<>();

        ElderRef elder(long id) {
            return elderCache.computeIfAbsent(id, k -> elders.find(k).orElse(null));
        }

        String township(String code) {
            return townships.computeIfAbsent(code, c -> places.township(c).map(Township::name).orElse(c));
        }

        String provider(Long id) {
            return id == null ? null : providerNames.computeIfAbsent(id,
                    k -> providers.find(k).map(ProviderRef::name).orElse(""));
        }

        String staff(Long id) {
            return id == null ? null : staffNames.computeIfAbsent(id,
                    k -> providers.staff(k).map(StaffRef::name).orElse(""));
        }
    }
}
