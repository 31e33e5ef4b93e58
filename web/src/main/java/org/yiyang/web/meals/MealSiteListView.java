package org.yiyang.web.meals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.meals.application.MealSiteView;
import org.yiyang.meals.application.MealSites;
import org.yiyang.meals.domain.MealSiteStatus;
import org.yiyang.meals.domain.MealSiteType;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/**
 * The meal sites the caller sees ({@code ?township=&status=&type=}): the county's, or a township's. A township that
 * is not the county's answers 404, like a missing id.
 */
@Named
@ViewScoped
public class MealSiteListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MealSites sites;

    @Inject
    transient Places places;

    private String township;
    private String status;
    private String type;
    private List<TownshipView> townships = List.of();
    private List<MealSiteView> list = List.of();

    public void load() {
        try {
            townships = places.townships();
            if (township != null && townships.stream().noneMatch(t -> t.code().equals(township))) {
                Faces.notFound();
                return;
            }
            list = sites.sites(township, status, type);
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void search() {
        try {
            list = sites.sites(township, status, type);
        } catch (DomainException e) {
            list = List.of();
            Faces.show(e, "filters");
        }
    }

    public void reset() {
        township = null;
        status = null;
        type = null;
        search();
    }

    /** The bureau filters by township; township offices and operators see their own sites only. */
    public boolean isCountyWide() {
        return TenantScope.currentCaller().map(Access::countyWide).orElse(false);
    }

    public List<MealSiteView> getList() {
        return list;
    }

    public List<TownshipView> getTownships() {
        return townships;
    }

    public List<String> getStatuses() {
        return Arrays.stream(MealSiteStatus.values()).map(Enum::name).toList();
    }

    public List<String> getTypes() {
        return Arrays.stream(MealSiteType.values()).map(Enum::name).toList();
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township == null || township.isBlank() ? null : township.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null || type.isBlank() ? null : type;
    }
}
