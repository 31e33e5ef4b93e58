package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.VillageElders;
import org.yiyang.meals.domain.CircleRadii;
import org.yiyang.meals.domain.CircleVillage;
import org.yiyang.meals.domain.CoverageShare;
import org.yiyang.meals.domain.OpenSites;
import org.yiyang.meals.domain.ServiceCircle;
import org.yiyang.meals.domain.SitePoint;
import org.yiyang.meals.domain.VillageReach;
import org.yiyang.shared.application.Access;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/**
 * The 15-minute service circle (一刻钟服务圈) for the county bureau (the whole county) and township staff (their
 * township, around every open site of the county, as a site across the township's border serves it too): the
 * county's villages with their elder counts from the elder registry (one aggregate query) and its open sites, computed
 * in memory by {@link ServiceCircle} under the radii in force.
 */
@Stateless
public class ServiceCircles {

    /** Who reads the circle. */
    static final Role[] READERS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};

    @Inject
    PlaceDirectory places;

    @Inject
    CountyRegistry counties;

    @Inject
    ElderDirectory elders;

    @Inject
    OpenSites sites;

    @Inject
    MealCirclePolicies policies;

    /** The figures, the villages outside every circle ranked for planning, and the villages without a location. */
    public CircleView circle() {
        Scope scope = scope();
        return view(scope, scope.compute());
    }

    /** Every located village of the caller's scope with its nearest site, by village code (for a map). */
    public List<CircleVillageView> villages() {
        Scope scope = scope();
        return scope.compute().villages().stream().map(scope::village).toList();
    }

    /**
     * What a map of the circle draws, computed once: the figures, every located village of the caller's scope and
     * the county's open, located sites (the centres of the circles; a site across a township's border serves it too).
     */
    public CircleMapView map() {
        Scope scope = scope();
        List<SitePoint> open = sites.openSites();
        ServiceCircle c = scope.compute(open);
        return new CircleMapView(view(scope, c), c.villages().stream().map(scope::village).toList(),
                open.stream().filter(SitePoint::located)
                        .map(s -> new CircleSiteView(s.siteId(), s.name(), s.latitude(), s.longitude())).toList());
    }

    private CircleView view(Scope scope, ServiceCircle c) {
        CircleAreaView overall = scope.township()
                .map(t -> area(t, scope.townshipName(t), c.total()))
                .orElseGet(() -> area(TenantScope.requireCounty(), countyName(), c.total()));
        List<CircleAreaView> townships = c.townships().entrySet().stream()
                .map(e -> area(e.getKey(), scope.townshipName(e.getKey()), e.getValue()))
                .toList();
        List<UnlocatedVillageView> unlocated = c.unlocated().stream()
                .map(v -> new UnlocatedVillageView(v.code(), v.name(), v.townshipCode(),
                        scope.townshipName(v.townshipCode()), v.urban(), v.elders(), v.specialHardship()))
                .toList();
        return new CircleView(scope.township().orElse(null), scope.radii().urbanMeters(), scope.radii().ruralMeters(),
                c.locatedSites(), c.sitesWithoutLocation(), overall, townships,
                c.uncovered().stream().map(scope::village).toList(), unlocated);
    }

    private Scope scope() {
        Caller caller = Access.requireCountyRole(READERS);
        Optional<String> township = Access.townshipScope(caller);
        Map<String, String> townshipNames = places.townships().stream()
                .collect(Collectors.toMap(Township::code, Township::name));
        return new Scope(township, townshipNames, policies.radii());
    }

    private String countyName() {
        String county = TenantScope.requireCounty();
        return counties.find(county).map(County::name).orElse(county);
    }

    private static CircleAreaView area(String code, String name, CoverageShare s) {
        return new CircleAreaView(code, name, s.villages(), s.villagesCovered(), s.villagesWithoutLocation(),
                s.elders(), s.eldersCovered(), s.eldersShare().orElse(null), s.specialHardship(),
                s.specialHardshipCovered(), s.specialHardshipShare().orElse(null), s.eldersWithoutLocation());
    }

    /** What the caller sees: the county or one township, with the township names and the radii in force. */
    private final class Scope {

        private final Optional<String> township;
        private final Map<String, String> townshipNames;
        private final CircleRadii radii;

        Scope(Optional<String> township, Map<String, String> townshipNames, CircleRadii radii) {
            this.township = township;
            this.townshipNames = townshipNames;
            this.radii = radii;
        }

        Optional<String> township() {
            return township;
        }

        CircleRadii radii() {
            return radii;
        }

        String townshipName(String code) {
            return townshipNames.getOrDefault(code, code);
        }

        ServiceCircle compute() {
            return compute(sites.openSites());
        }

        ServiceCircle compute(List<SitePoint> openSites) {
            List<Village> villages = township.map(places::villagesOf).orElseGet(places::villages);
            Map<String, VillageElders> counts = elders.eldersByVillage(township);
            List<CircleVillage> input = villages.stream().map(v -> {
                VillageElders e = counts.get(v.code());
                return new CircleVillage(v.code(), v.name(), v.townshipCode(), v.urban(), v.latitude().orElse(null),
                        v.longitude().orElse(null), e == null ? 0 : e.elders(), e == null ? 0 : e.specialHardship());
            }).toList();
            return ServiceCircle.of(input, openSites, radii);
        }

        CircleVillageView village(VillageReach r) {
            CircleVillage v = r.village();
            return new CircleVillageView(v.code(), v.name(), v.townshipCode(), townshipName(v.townshipCode()),
                    v.urban(), v.latitude(), v.longitude(), v.elders(), v.specialHardship(),
                    r.nearestSite() == null ? null : r.nearestSite().siteId(),
                    r.nearestSite() == null ? null : r.nearestSite().name(), r.distanceMeters(), r.radiusMeters(),
                    r.covered());
        }
    }
}
