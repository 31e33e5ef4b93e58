package org.yiyang.web.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.orders.application.OrderMonths;
import org.yiyang.orders.application.SettlementView;
import org.yiyang.orders.application.Settlements;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** Monthly settlements with providers: the list, settling a month (county administrators), the statements. */
@Named
@ViewScoped
public class SettlementListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Settlements settlements;

    @Inject
    transient ProviderRegistry providers;

    @Inject
    transient Clock clock;

    private List<SettlementView> list = List.of();
    private List<ProviderView> providerList = List.of();
    private Long providerId;
    private String month;
    private SettlementView opened;

    public void load() {
        try {
            list = settlements.settlements();
            if (isMaySettle()) {
                providerList = providers.providers().stream().filter(p -> p.works().contains("HOME_SERVICES")).toList();
            }
            month = ChinaTime.thisMonth(clock).minusMonths(1).toString();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void settle() {
        try {
            SettlementView s = settlements.settle(providerId, OrderMonths.parse(month));
            list = settlements.settlements();
            opened = s;
            Faces.info("settlement.done", s.providerName(), s.month(), s.orders(), s.total());
        } catch (DomainException e) {
            Faces.show(e, "settleForm");
        }
    }

    public void open(long id) {
        try {
            opened = settlements.settlement(id);
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** The opened statement as an Excel workbook. */
    public StreamedContent getStatement() {
        long id = opened.id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        settlements.exportXlsx(id, Faces.locale(), out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("statement-" + opened.month() + "-" + id + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean isMaySettle() {
        return settlements.maySettle();
    }

    public List<SettlementView> getList() {
        return list;
    }

    public List<ProviderView> getProviderList() {
        return providerList;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public SettlementView getOpened() {
        return opened;
    }
}
