package org.yiyang.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.yiyang.coverage.application.CountyOverview;
import org.yiyang.coverage.application.CountyOverviewView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** The county home page: the county's townships and the number of its elders. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CountyOverview overviews;

    private CountyOverviewView overview;

    public void load() throws IOException {
        Caller caller = TenantScope.requireCaller();
        if (caller.has(Role.CITY_OFFICIAL) && caller.county().isEmpty()) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/city.xhtml");
            return;
        }
        if (caller.county().isEmpty()) {
            return;
        }
        boolean countyUser = caller.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF,
                Role.VILLAGE_ASSISTANT);
        if (!countyUser && caller.hasAny(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF)) {
            // providers work from their board (administrators) or their task list (staff)
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath()
                    + (caller.has(Role.PROVIDER_ADMIN) ? "/orders/board.xhtml" : "/orders/tasks.xhtml"));
            return;
        }
        try {
            overview = overviews.overview();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public CountyOverviewView getOverview() {
        return overview;
    }

    public boolean isTownshipScoped() {
        return TenantScope.currentCaller()
                .map(c -> c.hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT)
                        && !c.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF))
                .orElse(false);
    }
}
