package org.yiyang.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.yiyang.elders.application.ElderImports;
import org.yiyang.orders.application.OrderQueries;
import org.yiyang.orders.application.OrderQuery;
import org.yiyang.renovation.application.PlanBoard;
import org.yiyang.renovation.application.PlanQuery;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.visits.application.VisitorInbox;

/**
 * The work waiting for the signed-in county user, on their home page: orders to dispatch or confirm, renovation
 * plans at the user's step, overdue visits, their own visits due, imports to commit. Each item is what the user's
 * own lists show (the services scope it), and links to that list; items the user has no part in are left out.
 */
@Named
@RequestScoped
public class WorkView {

    /** One thing waiting: its label key, how many, where the list is, and whether it is late. */
    public record Item(String id, String label, long count, String outcome, String status, boolean late) {
    }

    @Inject
    CurrentUserView user;

    @Inject
    OrderQueries orders;

    @Inject
    PlanBoard plans;

    @Inject
    VisitorInbox visits;

    @Inject
    ElderImports imports;

    private List<Item> items;

    public List<Item> getItems() {
        if (items == null) {
            items = new ArrayList<>();
            if (user.isOrderDesk()) {
                add("workOrdersNew", "work.orders.created", () -> orders.count(orders("CREATED")), "/orders/list",
                        "CREATED", false);
                add("workOrdersRejected", "work.orders.rejected", () -> orders.count(orders("REJECTED")),
                        "/orders/list", "REJECTED", true);
                add("workOrdersCompleted", "work.orders.completed", () -> orders.count(orders("COMPLETED")),
                        "/orders/list", "COMPLETED", false);
                add("workPlansApplied", "work.plans.applied", () -> plans("APPLIED"), "/renovations/list",
                        "APPLIED", false);
                add("workPlansAssessed", "work.plans.assessed", () -> plans("ASSESSED"), "/renovations/list",
                        "ASSESSED", false);
                add("workPlansCompleted", "work.plans.completed", () -> plans("COMPLETED"), "/renovations/list",
                        "COMPLETED", false);
                add("workPlansAccepted", "work.plans.accepted", () -> plans("ACCEPTED"), "/renovations/list",
                        "ACCEPTED", false);
            }
            if (user.isCountyOfficial()) {
                add("workVisitsOverdue", "work.visits.overdue", () -> visits.overdue().size(), "/visits/overdue",
                        null, true);
            }
            if (user.isVisitor()) {
                add("workVisitsMine", "work.visits.mine", () -> visits.myTasks().size(), "/visits/tasks", null,
                        false);
            }
            if (user.isImporter()) {
                add("workImports", "work.imports.validated", () -> imports.recent(50).stream()
                        .filter(r -> "VALIDATED".equals(r.state())).count(), "/elders/import", null, false);
            }
        }
        return items;
    }

    private static OrderQuery orders(String status) {
        return new OrderQuery(status, null, null, null, null, null, null, null);
    }

    private long plans(String status) {
        return plans.search(new PlanQuery(status, null, null, null, null), 0, 1).total();
    }

    /** Adds an item the user may see; a list the user may not read is no item of theirs. */
    private void add(String id, String label, LongSupplier count, String outcome, String status, boolean late) {
        try {
            items.add(new Item(id, label, count.getAsLong(), outcome, status, late));
        } catch (DomainException notTheirs) {
            // the service refused: this list is not the user's work
        }
    }
}
