package org.yiyang.web.orders;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderQuery;
import org.yiyang.elders.application.ElderView;
import org.yiyang.orders.application.CreateOrder;
import org.yiyang.orders.application.OrderElder;
import org.yiyang.orders.application.OrderIntake;
import org.yiyang.orders.application.OrderView;
import org.yiyang.orders.application.ServiceCatalog;
import org.yiyang.orders.application.ServiceView;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** Taking an order in: the elder, the service (with the county's price), when, who pays. */
@Named
@ViewScoped
public class OrderNewView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = org.yiyang.shared.domain.ChinaTime.ZONE;

    @Inject
    transient OrderIntake orders;

    @Inject
    transient ServiceCatalog catalog;

    @Inject
    transient ElderQueries elders;

    @Inject
    transient Clock clock;

    private Long elderId;
    private ElderView elder;
    private String service = "CLEANING";
    private LocalDateTime scheduledAt;
    private Integer quantity = 1;
    private String payer = "SELF";
    private String address;
    private String notes;
    private List<ServiceView> services = List.of();
    private final Map<Long, ElderView> suggested = new HashMap<>();
    private OrderElder chosen;
    private String idNumber;

    public void load() {
        try {
            services = catalog.services();
            scheduledAt = LocalDateTime.now(clock.withZone(ZONE)).plusHours(2).withMinute(0).withSecond(0).withNano(0);
            if (elderId != null) {
                pick(elderId);
            }
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** Elders whose name begins with what was typed, or with these last four ID digits (in the caller's scope). */
    public List<ElderView> completeElder(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        boolean digits = t.chars().allMatch(ch -> Character.isDigit(ch) || ch == 'X' || ch == 'x');
        List<ElderView> found = elders.findElders(digits ? new ElderQuery(null, t, null, null, null, null, null)
                : new ElderQuery(t, null, null, null, null, null, null), 0, 15);
        found.forEach(e -> suggested.put(e.id(), e));
        return found;
    }

    /** Turns a suggested elder into its id and back (only elders this view suggested or picked). */
    public Converter<ElderView> getElderConverter() {
        return new ElderConverter();
    }

    private final class ElderConverter implements Converter<ElderView>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ElderView getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return suggested.get(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, ElderView value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    }

    public void elderChosen() {
        if (elder != null) {
            pick(elder.id());
        }
    }

    /** A provider types the elder's full ID number instead (they do not use the registry). */
    public void lookUp() {
        try {
            chosen = null;
            show(orders.elderForOrder(idNumber));
        } catch (DomainException e) {
            Faces.show(e, "orderForm");
        }
    }

    private void pick(long id) {
        show(orders.elderForOrder(id));
    }

    private void show(OrderElder e) {
        chosen = e;
        elderId = e.id();
        address = e.address();
        payer = e.allowance().eligible() ? "ALLOWANCE" : "SELF";
    }

    /** Whether the caller finds elders by name in the registry (county, township and village users). */
    public boolean isRegistryUser() {
        return TenantScope.currentCaller().map(Access::mayUseRegistry).orElse(false);
    }

    public void save() throws IOException {
        try {
            OrderView o = orders.createOrder(new CreateOrder(elderId, null, service,
                    scheduledAt == null ? null : scheduledAt.atZone(ZONE).toInstant(), quantity, payer, address, notes));
            Faces.info("order.created", o.id());
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/orders/view.xhtml?id=" + o.id());
        } catch (DomainException e) {
            Faces.show(e, "orderForm");
        }
    }

    public ServiceView getPrice() {
        return services.stream().filter(s -> s.service().equals(service)).findFirst().orElse(null);
    }

    public Long getElderId() {
        return elderId;
    }

    public void setElderId(Long elderId) {
        this.elderId = elderId;
    }

    public ElderView getElder() {
        return elder;
    }

    public void setElder(ElderView elder) {
        this.elder = elder;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(LocalDateTime scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String payer) {
        this.payer = payer;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ServiceView> getServices() {
        return services;
    }

    public OrderElder getChosen() {
        return chosen;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }
}
