package org.yiyang.renovation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;

/** Plans as views: with the names of elder, township and contractor, each looked up once per call. */
@ApplicationScoped
public class RenovationViews {

    @Inject
    ElderDirectory elders;

    @Inject
    ProviderDirectory providers;

    @Inject
    PlaceDirectory places;

    public PlanView view(Plan p) {
        return view(p, new Names());
    }

    public List<PlanView> views(List<Plan> list) {
        Names names = new Names();
        return list.stream().map(p -> view(p, names)).toList();
    }

    public String township(String code) {
        return places.township(code).map(Township::name).orElse(code);
    }

    private PlanView view(Plan p, Names n) {
        ElderRef e = n.elder(p.elderId());
        return new PlanView(p.id(), p.householdId(), p.elderId(), e == null ? "" : e.name(),
                e == null ? "" : e.idNumberMasked(), p.townshipCode(), n.township(p.townshipCode()),
                e == null ? null : n.address(p.elderId()), p.applicantKind().name(), p.applicantName(),
                p.applicantPhone(), p.requestNotes(), p.status().name(), p.total(), p.subsidy(), p.selfPay(), p.cap(),
                p.capVersion(), p.remainingBefore(), p.assessedBy(), p.assessedAt(), p.assessmentNotes(),
                p.decidedBy(), p.decidedAt(), p.contractorId(), n.provider(p.contractorId()), p.startedAt(),
                p.completedAt(), p.completionNotes(), p.acceptedBy(), p.acceptedAt(), p.settledBy(), p.settledAt(),
                p.closingReason(), p.items().stream().map(i -> new PlanItemView(i.itemCode(), i.category().name(),
                        i.name(), i.unit(), i.unitPrice(), i.quantity(), i.amount(), i.basic())).toList(),
                p.createdAt(), p.createdBy(), p.version());
    }

    private final class Names {
        private final Map<Long, ElderRef> elderCache = new HashMap<>();
        private final Map<Long, String> addresses = new HashMap<>();
        private final Map<String, String> townships = new HashMap<>();
        private final Map<Long, String> providerNames = new HashMap<>();

        ElderRef elder(long id) {
            return elderCache.computeIfAbsent(id, k -> elders.find(k).orElse(null));
        }

        String address(long elderId) {
            return addresses.computeIfAbsent(elderId, k -> elders.addressOf(k).orElse(null));
        }

        String township(String code) {
            return townships.computeIfAbsent(code, c -> places.township(c).map(Township::name).orElse(c));
        }

        String provider(Long id) {
            return id == null ? null : providerNames.computeIfAbsent(id,
                    k -> providers.find(k).map(ProviderRef::name).orElse(""));
        }
    }
}
