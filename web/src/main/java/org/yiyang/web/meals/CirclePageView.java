package org.yiyang.web.meals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.meals.application.CircleAreaView;
import org.yiyang.meals.application.CircleMapView;
import org.yiyang.meals.application.CircleVillageView;
import org.yiyang.meals.application.CircleView;
import org.yiyang.meals.application.ServiceCircles;
import org.yiyang.meals.application.UnlocatedVillageView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/**
 * The 15-minute service circle (一刻钟服务圈, {@code ?township=} to look at one township): a map drawn from the
 * coordinates ({@link CircleMap}), the shares of elders covered, the villages outside every circle ranked for
 * planning, and the villages without a location. A township that is not the county's answers 404; township staff
 * see their own township only (403 for another).
 */
@Named
@ViewScoped
public class CirclePageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceCircles circles;

    @Inject
    transient Places places;

    private String township;
    private List<TownshipView> townships = List.of();
    private CircleView circle;
    private CircleMap map;
    private List<CircleVillageView> villages = List.of();

    public void load() {
        try {
            townships = places.townships();
            if (township != null && townships.stream().noneMatch(t -> t.code().equals(township))) {
                Faces.notFound();
                return;
            }
            CircleMapView m = circles.map();
            circle = m.circle();
            if (township != null && circle.townshipCode() != null && !circle.townshipCode().equals(township)) {
                Faces.forbidden();
                return;
            }
            villages = m.villages().stream().filter(v -> shown(v.townshipCode())).toList();
            map = CircleMap.of(villages, m.sites(), circle.urbanRadiusMeters(), circle.ruralRadiusMeters());
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    private boolean shown(String townshipCode) {
        return township == null || township.equals(townshipCode);
    }

    /** The figures shown: the township asked for, else the caller's scope; null for a township without villages. */
    public CircleAreaView getArea() {
        if (circle == null) {
            return null;
        }
        return township == null ? circle.overall()
                : circle.townships().stream().filter(a -> a.code().equals(township)).findFirst().orElse(null);
    }

    /** The townships' figures (all of them, for comparing). */
    public List<CircleAreaView> getTownshipAreas() {
        return circle == null ? List.of() : circle.townships();
    }

    /** The villages outside every circle of what is shown, most elders first. */
    public List<CircleVillageView> getUncovered() {
        return circle == null ? List.of() : circle.uncovered().stream().filter(v -> shown(v.townshipCode())).toList();
    }

    /** The villages of what is shown that have no location, so are not on the map. */
    public List<UnlocatedVillageView> getWithoutLocation() {
        return circle == null ? List.of()
                : circle.withoutLocation().stream().filter(v -> shown(v.townshipCode())).toList();
    }

    /** A share (a fraction) as a percentage with one decimal, or a dash when there is none. */
    public String percent(BigDecimal share) {
        return share == null ? "—" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The bureau may look at one township; township staff see theirs anyway. */
    public boolean isCountyWide() {
        return circle != null && circle.townshipCode() == null;
    }

    public CircleView getCircle() {
        return circle;
    }

    public CircleMap getMap() {
        return map;
    }

    public List<CircleVillageView> getVillages() {
        return villages;
    }

    public List<TownshipView> getTownships() {
        return townships;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township == null || township.isBlank() ? null : township.strip();
    }
}
