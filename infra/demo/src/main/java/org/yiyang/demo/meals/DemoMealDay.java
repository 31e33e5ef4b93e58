package org.yiyang.demo.meals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.demo.DemoCallers;
import org.yiyang.demo.DemoSeed.DemoCounty;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.meals.application.MealRegistrations;
import org.yiyang.meals.application.MealServings;
import org.yiyang.meals.application.MealSiteView;
import org.yiyang.meals.application.MealSites;
import org.yiyang.meals.application.RecordServing;
import org.yiyang.meals.application.RegistrationView;
import org.yiyang.meals.application.ServingQueries;
import org.yiyang.meals.application.ServingView;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * A day of meals at the county's open sites, recorded by the operator's staff at the terminal as on any day: every
 * elder whose home site it is comes (daily elders to every meal the site serves, the others to lunch), most show
 * their meal card, some give the last four characters of their ID number and their name, a quarter of the lunches
 * of delivering sites go out to the elders' homes. One elder who had a subsidised lunch eats a second lunch at
 * another site at the full price, and the operator's administrator reverses one meal swiped by mistake.
 */
@ApplicationScoped
public class DemoMealDay {

    @Inject
    MealSites sites;

    @Inject
    MealRegistrations registrations;

    @Inject
    MealServings servings;

    @Inject
    ServingQueries ledger;

    @Inject
    ElderDirectory elders;

    /**
     * Records today's meals unless one of the county's open sites has a meal today already.
     *
     * @return the meals recorded (0 when the day had meals already)
     */
    public int recordToday(DemoCounty county) {
        String provider = county.code() + "-P01";
        String prefix = county.accountPrefix();
        Caller staff = DemoCallers.of(prefix + "-provider-staff", county.code(), Role.PROVIDER_STAFF, null, provider);
        Caller desk = DemoCallers.of(prefix + "-staff", county.code(), Role.COUNTY_STAFF);
        List<MealSiteView> open = TenantScope.callAs(staff, () -> sites.sites(null, "OPEN", null));
        for (MealSiteView site : open) {
            if (!TenantScope.callAs(staff, () -> ledger.day(site.id(), null)).servings().isEmpty()) {
                return 0;
            }
        }
        List<ServingView> recorded = new ArrayList<>();
        Map<Long, String> cards = new HashMap<>();
        int n = 0;
        for (MealSiteView site : open) {
            for (RegistrationView r : TenantScope.callAs(staff, () -> registrations.registrations(site.id(), null,
                    false))) {
                Optional<String> last4 = n % 5 == 4 ? uniqueLast4(staff, r) : Optional.empty();
                String token = last4.isPresent() ? null
                        : TenantScope.callAs(desk, () -> registrations.card(r.id())).token();
                if (token != null) {
                    cards.put(r.elderId(), token);
                }
                for (String period : periods(site, r)) {
                    String kind = site.delivery() && period.equals("LUNCH") && n % 4 == 1 ? "DELIVERED" : "SERVED";
                    RecordServing in = new RecordServing(site.id(), period, kind, token, last4.orElse(null),
                            last4.isPresent() ? r.elderName() : null, null);
                    recorded.add(TenantScope.callAs(staff, () -> servings.record(in)));
                }
                n++;
            }
        }
        int meals = recorded.size();
        Optional<ServingView> lunch = recorded.stream()
                .filter(s -> s.period().equals("LUNCH") && s.subsidised() && cards.containsKey(s.elderId())).findFirst();
        Optional<MealSiteView> elsewhere = lunch.flatMap(l -> open.stream()
                .filter(s -> s.id() != l.siteId() && s.periods().contains("LUNCH")).findFirst());
        if (lunch.isPresent() && elsewhere.isPresent()) {
            RecordServing second = new RecordServing(elsewhere.get().id(), "LUNCH", "SERVED",
                    cards.get(lunch.get().elderId()), null, null, true);
            TenantScope.callAs(staff, () -> servings.record(second));
            meals++;
        }
        if (!recorded.isEmpty()) {
            Caller admin = DemoCallers.of(prefix + "-provider-admin", county.code(), Role.PROVIDER_ADMIN, null,
                    provider);
            long mistaken = recorded.get(recorded.size() - 1).id();
            TenantScope.callAs(admin, () -> servings.reverse(mistaken, "误刷卡：家属代刷，老人当餐未到"));
        }
        return meals;
    }

    /** The meals an elder takes at the home site: every meal it serves when daily, else lunch (or its one meal). */
    private static List<String> periods(MealSiteView site, RegistrationView r) {
        if (r.daily()) {
            return site.periods();
        }
        return List.of(site.periods().contains("LUNCH") ? "LUNCH" : site.periods().get(0));
    }

    /** The last four characters of the elder's ID number, if no namesake of the county shares them. */
    private Optional<String> uniqueLast4(Caller staff, RegistrationView r) {
        String masked = r.elderIdNumberMasked();
        String last4 = masked.substring(masked.length() - 4);
        return TenantScope.callAs(staff, () -> elders.findByNameAndIdLast4(r.elderName(), last4)).size() == 1
                ? Optional.of(last4) : Optional.empty();
    }
}
