package org.yiyang.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.ProviderWork;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/** The signed-in user as the page header shows them, and what the navigation offers them. */
@Named
@RequestScoped
public class CurrentUserView {

    @Inject
    CountyRegistry counties;

    @Inject
    ProviderDirectory providers;

    /** Whether the caller is a meal operator, once asked (the menu asks on every render). */
    private Boolean mealOperator;

    private Optional<Caller> caller() {
        return TenantScope.currentCaller();
    }

    public String getDisplayName() {
        return caller().map(Caller::fullName).orElse("");
    }

    public String getCountyName() {
        return caller().flatMap(Caller::county).flatMap(counties::find).map(County::name).orElse("");
    }

    public boolean isRegistryUser() {
        return caller().map(Access::mayUseRegistry).orElse(false);
    }

    /** County bureau staff and township offices: policy settings and places. */
    public boolean isCountyOfficial() {
        return caller().map(c -> c.county().isPresent()
                && c.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF)).orElse(false);
    }

    /** Who may import registers. */
    public boolean isImporter() {
        return caller().map(c -> c.county().isPresent() && c.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF))
                .orElse(false);
    }

    private boolean county(Role... roles) {
        return caller().map(c -> c.county().isPresent() && c.hasAny(roles)).orElse(false);
    }

    /** County and township offices and grid workers: the county's order search. */
    public boolean isOrderDesk() {
        return county(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT);
    }

    /** Who takes orders in through the portal. */
    public boolean isOrderTaker() {
        return isOrderDesk() || isProviderAdmin();
    }

    /** A provider's administrator (not also a county official). */
    public boolean isProviderAdmin() {
        return county(Role.PROVIDER_ADMIN) && !isOrderDesk();
    }

    /** A provider's member of staff: their own task list. */
    public boolean isProviderStaff() {
        return county(Role.PROVIDER_STAFF) && !isOrderDesk() && !isProviderAdmin();
    }

    /** County bureau users: the county's providers. */
    public boolean isProviderOverseer() {
        return county(Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
    }

    /** The county bureau and providers' administrators: monthly settlements. */
    public boolean isSettlementUser() {
        return isProviderOverseer() || isProviderAdmin();
    }

    /** Renovation: the county's and township's offices, grid workers, contractors (providers). */
    public boolean isRenovationUser() {
        return isOrderDesk() || isProviderAdmin() || isProviderStaff();
    }

    /** Who files renovation applications for elders. */
    public boolean isRenovationApplicant() {
        return isOrderDesk();
    }

    /** Township staff (not also county bureau): the township's acceptance list. */
    public boolean isTownshipStaff() {
        return county(Role.TOWNSHIP_STAFF) && !county(Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
    }

    /** Grid workers, township staff and volunteers: their own visit list. */
    public boolean isVisitor() {
        return county(Role.VILLAGE_ASSISTANT, Role.TOWNSHIP_STAFF, Role.VOLUNTEER) && !isProviderOverseer();
    }

    /** Volunteers of the time bank: their own page. */
    public boolean isVolunteer() {
        return county(Role.VOLUNTEER);
    }

    /** The bureau and township offices, who organise the time bank's activities: the verification queue. */
    public boolean isTimebankOrganiser() {
        return isCountyOfficial();
    }

    /** The meal operator's staff and administrators (their provider does meals): the serving screen. */
    public boolean isMealOperator() {
        if (mealOperator == null) {
            mealOperator = (isProviderStaff() || isProviderAdmin()) && caller().flatMap(providers::providerOf)
                    .map(p -> p.takes(ProviderWork.MEALS)).orElse(false);
        }
        return mealOperator;
    }

    /**
     * The service the current page belongs to, for the second row of the menu: "elders", "homeServices",
     * "renovation", "visits", "meals", "timebank", "settings",
     * or "" (home and pages of no group).
     */
    public String getSection() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String view = faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
        if (view.startsWith("/elders/")) {
            return "elders";
        }
        if (view.startsWith("/orders/") || view.startsWith("/providers/")) {
            return "homeServices";
        }
        if (view.startsWith("/renovations/")) {
            return "renovation";
        }
        if (view.startsWith("/visits/")) {
            return "visits";
        }
        if (view.startsWith("/meals/")) {
            return "meals";
        }
        if (view.startsWith("/timebank/")) {
            return "timebank";
        }
        return view.startsWith("/admin/") ? "settings" : "";
    }

    /** Whether the current page's service has a second row of the menu for this user. */
    public boolean isSubMenu() {
        return switch (getSection()) {
            case "elders" -> isRegistryUser();
            case "homeServices", "renovation" -> isOrderDesk();
            case "visits", "meals", "settings" -> isCountyOfficial();
            default -> false;
        };
    }

    public boolean isCityOfficial() {
        return caller().map(c -> c.has(Role.CITY_OFFICIAL)).orElse(false);
    }

    /** The link that switches the language and comes back to this page. */
    public String languageUrl(String to) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        String back = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        return ec.getRequestContextPath() + "/language?to=" + to + "&back="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    /** The token the header's logout form posts (see {@link org.yiyang.web.security.LogoutServlet}). */
    public String getLogoutToken() {
        return org.yiyang.web.security.LogoutServlet.token(((jakarta.servlet.http.HttpServletRequest)
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest()).getSession(true));
    }
}
