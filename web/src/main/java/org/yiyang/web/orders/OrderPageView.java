package org.yiyang.web.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.yiyang.orders.application.OrderDispatch;
import org.yiyang.orders.application.OrderEventView;
import org.yiyang.orders.application.OrderFieldwork;
import org.yiyang.orders.application.OrderFile;
import org.yiyang.orders.application.OrderQueries;
import org.yiyang.orders.application.OrderView;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderStaff;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.providers.application.StaffView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/**
 * One order ({@code ?id=}) with its timeline and the steps the caller may take now, as the use cases tell them. An
 * order the caller may not see answers 404.
 */
@Named
@ViewScoped
public class OrderPageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderQueries orders;

    @Inject
    transient OrderDispatch dispatch;

    @Inject
    transient OrderFieldwork fieldwork;

    @Inject
    transient ProviderRegistry providers;

    @Inject
    transient ProviderStaff providerStaff;

    private Long id;
    private OrderView order;
    private List<OrderEventView> events = List.of();
    private Set<OrderAction> actions = Set.of();
    private Long providerId;
    private Long staffId;
    private String reason;
    private Integer rating = 5;
    private String comment;
    private String confirmedBy = "ELDER";
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Integer durationMinutes;
    private String notes;

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            refresh();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    private void refresh() {
        OrderFile file = orders.file(id);
        order = file.order();
        events = file.events();
        actions = file.actions();
    }

    /** Runs a step; shows the message next to the form on a broken rule. */
    private void step(Runnable r) {
        try {
            r.run();
            refresh();
            Faces.info("order.stepDone");
        } catch (DomainException e) {
            Faces.show(e, "actions");
        }
    }

    public void assign() {
        step(() -> dispatch.assignProvider(id, providerId));
    }

    public void assignStaff() {
        step(() -> dispatch.assignStaff(id, staffId));
    }

    public void reject() {
        step(() -> dispatch.reject(id, reason));
    }

    public void cancel() {
        step(() -> dispatch.cancel(id, reason));
    }

    public void checkIn() {
        step(() -> fieldwork.checkIn(id, latitude, longitude));
    }

    public void checkOut() {
        step(() -> fieldwork.checkOut(id, durationMinutes, notes));
    }

    public void confirm() {
        step(() -> fieldwork.confirm(id, rating, comment, confirmedBy));
    }

    private Caller caller() {
        return TenantScope.requireCaller();
    }

    private boolean countyDesk() {
        return caller().hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF);
    }

    private boolean gridOrDesk() {
        return caller().hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT);
    }

    private boolean providerAdmin() {
        return !countyDesk() && caller().has(Role.PROVIDER_ADMIN);
    }

    private boolean providerSide() {
        return !gridOrDesk() && caller().hasAny(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
    }

    // The page offers the steps the use cases allow the caller now; they check them again when taken.

    public boolean isMayDispatch() {
        return actions.contains(OrderAction.ASSIGN);
    }

    public boolean isMayCancel() {
        return actions.contains(OrderAction.CANCEL);
    }

    public boolean isMayConfirm() {
        return actions.contains(OrderAction.CONFIRM);
    }

    public boolean isMayAssignStaff() {
        return actions.contains(OrderAction.ASSIGN_STAFF);
    }

    public boolean isMayReject() {
        return actions.contains(OrderAction.REJECT);
    }

    public boolean isMayCheckIn() {
        return actions.contains(OrderAction.CHECK_IN);
    }

    public boolean isMayCheckOut() {
        return actions.contains(OrderAction.CHECK_OUT);
    }

    public boolean isAnyStep() {
        return !actions.isEmpty();
    }

    /** Where "back" leads: the provider's board, the staff's tasks or the county's order search. */
    public String getBackOutcome() {
        if (providerAdmin()) {
            return "/orders/board";
        }
        return providerSide() ? "/orders/tasks" : "/orders/list";
    }

    /** Providers the order can go to: those doing home services in the elder's township. */
    public List<ProviderView> getSuitableProviders() {
        return providers.providers().stream()
                .filter(p -> "ACTIVE".equals(p.status()) && p.works().contains("HOME_SERVICES")
                        && p.area().stream().anyMatch(a -> a.code().equals(order.townshipCode())))
                .toList();
    }

    public List<StaffView> getStaff() {
        return order.providerId() == null ? List.of()
                : providerStaff.staff(order.providerId()).stream().filter(StaffView::active).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrderView getOrder() {
        return order;
    }

    public List<OrderEventView> getEvents() {
        return events;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public void setConfirmedBy(String confirmedBy) {
        this.confirmedBy = confirmedBy;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
