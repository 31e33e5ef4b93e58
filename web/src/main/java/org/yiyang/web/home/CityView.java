package org.yiyang.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.yiyang.coverage.application.CountyFiguresView;
import org.yiyang.coverage.application.CoverageFigures;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.CountyRegistry;
import org.yiyang.web.faces.Faces;

/** The city official's page: the counties of their city side by side, figures only. */
@Named
@RequestScoped
public class CityView {

    @Inject
    CoverageFigures figures;

    @Inject
    CountyRegistry counties;

    private List<CountyFiguresView> rows = List.of();
    private String cityName = "";

    public void load() {
        try {
            rows = figures.countiesOfMyCity();
            Caller caller = TenantScope.requireCaller();
            cityName = caller.city().flatMap(city -> counties.countiesOfCity(city).stream().findFirst())
                    .map(c -> c.cityName()).orElse("");
        } catch (DomainException e) {
            Faces.forbidden();
        }
    }

    public List<CountyFiguresView> getRows() {
        return rows;
    }

    public String getCityName() {
        return cityName;
    }

    public long getTotal() {
        return rows.stream().mapToLong(CountyFiguresView::elders).sum();
    }

    /** The month the activity columns count. */
    public String getMonth() {
        return rows.isEmpty() ? "" : rows.get(0).month();
    }

    /** The city's totals of the month's activity. */
    public CountyFiguresView getTotals() {
        return new CountyFiguresView("", "", getTotal(), getMonth(),
                rows.stream().mapToInt(CountyFiguresView::ordersCompleted).sum(),
                rows.stream().mapToInt(CountyFiguresView::plansApproved).sum(),
                rows.stream().map(CountyFiguresView::subsidyApproved).reduce(Money.ZERO.amount(), BigDecimal::add),
                rows.stream().mapToInt(CountyFiguresView::visitsRecorded).sum());
    }
}
