package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yiyang.renovation.domain.CatalogItem;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanAction;
import org.yiyang.renovation.domain.PlanStatus;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;

/**
 * The home assessment by the bureau's assessors: the items from the county's catalog at today's prices, their
 * quantities and notes (an assessment may be redone until the decision).
 */
@Stateless
public class Assessments {

    static final int MAX_QUANTITY = 99;

    @Inject
    RenovationCatalog catalog;

    @Inject
    PlanScope scope;

    @Inject
    RenovationViews views;

    @Inject
    Clock clock;

    public PlanView assess(long planId, List<ItemChoice> choices, String notes) {
        Caller caller = PlanActions.require(PlanAction.ASSESS);
        Plan plan = scope.visible(caller, planId);
        if (choices == null || choices.isEmpty()) {
            throw DomainException.invalid("items", "renovation.items.required");
        }
        Map<String, CatalogItem> items = catalog.itemsByCode();
        Map<CatalogItem, Integer> chosen = new LinkedHashMap<>();
        for (ItemChoice c : choices) {
            CatalogItem item = c == null || c.code() == null ? null : items.get(c.code().strip().toUpperCase(Locale.ROOT));
            if (item == null || !item.active()) {
                throw DomainException.invalid("items", "renovation.item.unknown", c == null ? "" : String.valueOf(c.code()));
            }
            if (c.quantity() == null || c.quantity() < 1 || c.quantity() > MAX_QUANTITY) {
                throw DomainException.invalid("items", "renovation.item.quantity", item.name(), MAX_QUANTITY);
            }
            if (chosen.containsKey(item)) {
                throw DomainException.invalid("items", "renovation.item.twice", item.name());
            }
            chosen.put(item, c.quantity());
        }
        PlanStatus from = plan.assess(chosen, Inputs.text(notes, PlanScope.MAX_TEXT, "notes"), caller.username(),
                clock.instant());
        scope.record(plan, caller, PlanAction.ASSESS.step(), from, "¥" + plan.total().toPlainString());
        return views.view(plan);
    }
}
