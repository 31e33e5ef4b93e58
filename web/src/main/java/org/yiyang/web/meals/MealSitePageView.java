package org.yiyang.web.meals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.yiyang.meals.application.MealSiteView;
import org.yiyang.meals.application.MealSites;
import org.yiyang.meals.application.ServingDayView;
import org.yiyang.meals.application.ServingQueries;
import org.yiyang.meals.application.SiteStatusChange;
import org.yiyang.meals.domain.MealSiteAction;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/**
 * One meal site ({@code ?id=}): its details, today's meals per period, and the status steps the caller may take now
 * as the site's view tells them. A site the caller may not see answers 404.
 */
@Named
@ViewScoped
public class MealSitePageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MealSites sites;

    @Inject
    transient ServingQueries servings;

    private Long id;
    private MealSiteView site;
    private ServingDayView today;
    private String reason;

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
        site = sites.site(id);
        today = servings.day(id, null);
    }

    /** Takes a status step ({@code open}, {@code suspend} or {@code close}) with the reason given. */
    public void take(String action) {
        try {
            MealSiteAction step = MealSiteAction.valueOf(action.toUpperCase(Locale.ROOT));
            String target = step.leadsTo().orElseThrow(() -> new IllegalArgumentException(action)).name();
            sites.changeStatus(id, new SiteStatusChange(target, reason));
            reason = null;
            refresh();
            Faces.info("meals.site.statusChanged");
        } catch (DomainException e) {
            Faces.show(e, "statusForm");
        }
    }

    /** Whether the site's view lets the caller take the step ({@code open}, {@code suspend}, {@code close}) now. */
    public boolean may(String action) {
        return site != null && site.actions().contains(action);
    }

    /** Whether the caller may take any status step now. */
    public boolean isAnyStatusStep() {
        return site != null && site.actions().stream()
                .anyMatch(a -> MealSiteAction.valueOf(a.toUpperCase(Locale.ROOT)).leadsTo().isPresent());
    }

    /** Whether the caller records meals here (the serving screen). */
    public boolean isMayServe() {
        return site != null && site.actions().contains(MealSiteAction.SERVE.key());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MealSiteView getSite() {
        return site;
    }

    public ServingDayView getToday() {
        return today;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
