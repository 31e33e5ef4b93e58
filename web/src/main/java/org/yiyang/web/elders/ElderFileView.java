package org.yiyang.web.elders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yiyang.elders.application.AuditEntryView;
import org.yiyang.elders.application.ElderDetailView;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderRegistry;
import org.yiyang.meals.application.ElderMeals;
import org.yiyang.meals.application.ElderMealsView;
import org.yiyang.shared.application.Access;
import org.yiyang.orders.application.OrderPage;
import org.yiyang.orders.application.OrderQuery;
import org.yiyang.orders.application.OrderQueries;
import org.yiyang.renovation.application.PlanPage;
import org.yiyang.renovation.application.PlanQuery;
import org.yiyang.renovation.application.PlanBoard;
import org.yiyang.visits.application.EnrolmentView;
import org.yiyang.visits.application.Enrolments;
import org.yiyang.visits.application.FollowUpView;
import org.yiyang.visits.application.VisitFollowUps;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/**
 * One elder's file (一人一档, {@code ?id=}): identity, household, situation, categories, the audit trail;
 * the services of later contexts add their sections. An id outside the caller's county or township
 * answers 404.
 */
@Named
@ViewScoped
public class ElderFileView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The revealed number, for this response only (never kept in this view-scoped bean). */
    @Inject
    RevealedIdNumber revealed;

    @Inject
    transient ElderRegistry registry;

    @Inject
    transient ElderQueries queries;

    @Inject
    transient OrderQueries orderQueries;

    @Inject
    transient PlanBoard renovationPlans;

    @Inject
    transient Enrolments visitEnrolments;

    @Inject
    transient VisitFollowUps visitFollowUps;

    @Inject
    transient ElderMeals elderMeals;

    private OrderPage orders;
    private PlanPage renovations;
    private EnrolmentView enrolment;
    private List<FollowUpView> chain = List.of();
    private ElderMealsView meals;

    private Long id;
    private ElderDetailView elder;
    private List<AuditEntryView> history;
    private String newStatus;

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            elder = queries.elder(id);
            history = queries.history(id);
            newStatus = elder.status();
            orders = orderQueries.search(new OrderQuery(null, null, null, null, elder.id(), null, null, null), 0, 20);
            enrolment = visitEnrolments.enrolmentOfElder(elder.id()).orElse(null);
            chain = enrolment == null ? List.of() : visitFollowUps.chain(enrolment.id());
            renovations = renovationPlans.search(new PlanQuery(null, null, null, null, elder.householdId()), 0, 20);
            meals = elderMeals.of(elder.id());
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** Shows the full ID number (audited). */
    public void reveal() {
        try {
            revealed.show(queries.revealIdNumber(elder.id()));
            history = queries.history(elder.id());
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void changeStatus() {
        try {
            elder = registry.changeStatus(elder.id(), newStatus);
            history = queries.history(elder.id());
            Faces.info("elder.statusChanged");
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public boolean isMayReveal() {
        return TenantScope.currentCaller().map(Access::mayRevealIdNumbers).orElse(false);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ElderDetailView getElder() {
        return elder;
    }

    /** What the elder's visits set in motion (one chain per elder). */
    public List<FollowUpView> getChain() {
        return chain;
    }

    /** The elder's enrolment in regular visits, if any. */
    public EnrolmentView getEnrolment() {
        return enrolment;
    }

    /** The renovations of the elder's household (the cap is the household's). */
    public PlanPage getRenovations() {
        return renovations;
    }

    /** The elder's meal registration and latest meals. */
    public ElderMealsView getMeals() {
        return meals;
    }

    /** The elder's latest home-service orders. */
    public OrderPage getOrders() {
        return orders;
    }

    public List<AuditEntryView> getHistory() {
        return history;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }
}
