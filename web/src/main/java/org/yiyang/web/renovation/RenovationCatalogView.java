package org.yiyang.web.renovation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.yiyang.renovation.application.CatalogItemView;
import org.yiyang.renovation.application.FigureRow;
import org.yiyang.renovation.application.RenovationCatalog;
import org.yiyang.renovation.application.RenovationFigures;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** The county's renovation catalog (prices set by the county administrator) and the figures of the year. */
@Named
@ViewScoped
public class RenovationCatalogView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    java.time.Clock clock;

    @Inject
    transient RenovationCatalog catalog;

    @Inject
    transient RenovationFigures renovationFigures;

    private List<CatalogItemView> items = List.of();
    private List<FigureRow> figures = List.of();
    private String code;
    private BigDecimal unitPrice;
    private String reason;

    public void load() {
        try {
            items = catalog.items();
            YearMonth now = org.yiyang.shared.domain.ChinaTime.thisMonth(clock);
            figures = renovationFigures.figures(now.minusMonths(11), now);
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void edit(CatalogItemView item) {
        code = item.code();
        unitPrice = item.unitPrice();
        reason = null;
    }

    public void save() {
        try {
            catalog.change(code, unitPrice, null, reason);
            items = catalog.items();
            Faces.info("catalog.saved");
            code = null;
        } catch (DomainException e) {
            Faces.show(e, "priceForm");
        }
    }

    public boolean isMayEdit() {
        return TenantScope.requireCaller().has(Role.COUNTY_ADMIN);
    }

    public List<CatalogItemView> getItems() {
        return items;
    }

    public List<FigureRow> getFigures() {
        return figures;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
