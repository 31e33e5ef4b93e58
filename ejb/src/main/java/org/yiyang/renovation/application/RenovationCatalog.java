package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yiyang.renovation.domain.CatalogItem;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.renovation.domain.PriceChange;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.InForce;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/**
 * A county's renovation catalog: the default catalog (seeded for every county), then the county's own prices. A price
 * change is recorded with its reason and never touches a plan: plans keep the prices they were assessed at.
 */
@Stateless
public class RenovationCatalog {

    static final BigDecimal MAX_PRICE = new BigDecimal("100000.00");

    @Inject
    PlanRepository plans;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<CatalogItemView> items() {
        Access.requireCountyRole(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT, Role.PROVIDER_ADMIN,
                Role.PROVIDER_STAFF);
        return plans.catalog().stream().map(RenovationCatalog::view).toList();
    }

    /** The catalog by item code. */
    public Map<String, CatalogItem> itemsByCode() {
        Map<String, CatalogItem> m = new LinkedHashMap<>();
        plans.catalog().forEach(i -> m.put(i.code(), i));
        return m;
    }

    /** The county administrator sets an item's price (and whether it is offered), with a reason. */
    public CatalogItemView change(String code, BigDecimal unitPrice, Boolean active, String reason) {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN);
        CatalogItem item = itemsByCode().get(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        if (item == null) {
            throw DomainException.notFound("renovation.item.unknown", String.valueOf(code));
        }
        if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.compareTo(MAX_PRICE) > 0
                || !Money.isExact(unitPrice)) {
            throw DomainException.invalid("unitPrice", "renovation.price.invalid", MAX_PRICE.toPlainString());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw DomainException.invalid("reason", "order.reason.required", 200);
        }
        BigDecimal price = Money.exact(unitPrice);
        Instant now = clock.instant();
        BigDecimal old = item.change(price, active == null ? item.active() : active, caller.username(), now);
        plans.record(new PriceChange(item.code(), InForce.nextVersion(plans.priceChanges(item.code())), old, price,
                ChinaTime.dayOf(now), why, caller.username(), now));
        audit.record("RENOVATION_PRICE_CHANGED", "renovationItem", item.code(), old.toPlainString() + " -> "
                + price.toPlainString() + ": " + why);
        return view(item);
    }

    static CatalogItemView view(CatalogItem i) {
        return new CatalogItemView(i.code(), i.category().name(), i.name(), i.product(), i.unit(), i.unitPrice(),
                i.basic(), i.active());
    }

}
