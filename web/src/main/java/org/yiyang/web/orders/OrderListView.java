package org.yiyang.web.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.yiyang.orders.application.OrderQueries;
import org.yiyang.orders.application.OrderQuery;
import org.yiyang.orders.application.OrderView;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** The county's (or township's) order search. */
@Named
@ViewScoped
public class OrderListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderQueries orders;

    @Inject
    transient ProviderRegistry providers;

    private String status;
    private String service;
    private Long providerId;
    private String payer;
    private LocalDate from;
    private LocalDate to;
    private List<ProviderView> providerList = List.of();
    private boolean invalid;

    private final LazyDataModel<OrderView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                invalid = false;
                return (int) orders.count(query());
            } catch (DomainException e) {
                invalid = true;
                Faces.show(e, "filters");
                return 0;
            }
        }

        @Override
        public List<OrderView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            return invalid ? List.of() : orders.search(query(), first, pageSize).orders();
        }

        @Override
        public String getRowKey(OrderView o) {
            return String.valueOf(o.id());
        }
    };

    public void load() {
        try {
            orders.count(OrderQuery.ALL);
            providerList = providers.providers();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void reset() {
        status = null;
        service = null;
        providerId = null;
        payer = null;
        from = null;
        to = null;
    }

    OrderQuery query() {
        return new OrderQuery(status, service, providerId, payer, null, null, from, to);
    }

    public LazyDataModel<OrderView> getModel() {
        return model;
    }

    public List<ProviderView> getProviderList() {
        return providerList;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String payer) {
        this.payer = payer;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
