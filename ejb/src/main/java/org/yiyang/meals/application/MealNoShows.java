package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.NoShow;
import org.yiyang.meals.domain.NoShowStore;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * No-shows feed care: an elder registered for daily meals who has had no meal for the county's number of days
 * ({@link MealPolicies#NO_SHOW_DAYS}) goes on the follow-up list of the bureau and the township office, and
 * {@link MealNoShow} is published once per absence (the visit programme reminds the elder's visitor). The detection
 * runs daily for each county, set-based; a rerun finds nothing twice.
 */
@Stateless
public class MealNoShows {

    static final int MAX_LIST = 500;
    /** How many open spells a township-scoped list weighs before it keeps those of its township. */
    static final int MAX_SCAN = 5000;

    @Inject
    NoShowStore store;

    @Inject
    MealPolicies policies;

    @Inject
    MealSiteRepository sites;

    @Inject
    ElderDirectory elders;

    @Inject
    MealViews views;

    @Inject
    Event<MealNoShow> noShows;

    /**
     * Detects the current county's no-shows as of a moment (the job passes its clock's instant) and publishes each
     * absence found first.
     *
     * @return how many absences were found first
     */
    public int detect(Instant now) {
        List<NoShow> found = store.detect(policies.noShowDays(), ChinaTime.dayOf(now), now);
        String county = TenantScope.requireCounty();
        found.forEach(n -> noShows.fire(new MealNoShow(county, n.elderId(), n.lastMealDay(), n.days(), now)));
        return found.size();
    }

    /** The follow-up list: the bureau's of the county, a township office's of its township; longest absent first. */
    public List<NoShowView> noShows() {
        Caller caller = MealActions.requireFollowerUp();
        Optional<String> township = Access.townshipScope(caller);
        List<NoShowView> list = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (NoShow n : store.open(township.isPresent() ? MAX_SCAN : MAX_LIST)) {
            if (!listed.add(n.elderId())) {
                continue;   // a reversed meal made the absence older: its longest spell is listed already
            }
            Optional<ElderRef> elder = elders.find(n.elderId());
            if (township.isPresent() && !elder.map(e -> Access.reaches(caller, e.townshipCode())).orElse(false)) {
                continue;
            }
            list.add(view(n, elder));
            if (list.size() == MAX_LIST) {
                break;
            }
        }
        return list;
    }

    private NoShowView view(NoShow n, Optional<ElderRef> elder) {
        String township = elder.map(ElderRef::townshipCode).orElse(null);
        return new NoShowView(n.elderId(), elder.map(ElderRef::name).orElse(null),
                elder.map(ElderRef::idNumberMasked).orElse(null), township,
                township == null ? null : views.township(township), n.homeSiteId(),
                sites.find(n.homeSiteId()).map(MealSite::name).orElse(null), n.absentSince(), n.lastMealDay(),
                n.days(), n.detectedOn());
    }
}
