package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.meals.domain.MealRegistration;
import org.yiyang.meals.domain.RegistrationRepository;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.ServingRepository;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;

/**
 * The meals section of an elder's file, for the registry's users who reach the elder (the bureau: the county's,
 * township offices and grid workers: their township's); any other elder answers 404.
 */
@Stateless
public class ElderMeals {

    /** How many of the latest meals the file shows. */
    public static final int LATEST = 20;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ServingRepository servings;

    @Inject
    ElderDirectory elders;

    @Inject
    MealViews views;

    @Inject
    Clock clock;

    public ElderMealsView of(long elderId) {
        Caller caller = MealActions.requireRegistrar();
        if (elders.findInReach(caller, elderId).isEmpty()) {
            throw DomainException.notFound("elder.notFound", String.valueOf(elderId));
        }
        Optional<MealRegistration> r = registrations.search(Optional.empty(), Optional.of(elderId), false, 1)
                .stream().findFirst();
        List<Serving> latest = servings.latestOfElder(elderId, LATEST);
        Set<Long> reversed = servings.reversed(latest.stream().map(Serving::id).toList());
        return new ElderMealsView(r.map(views::registration).orElse(null), r.map(this::card).orElse(null),
                latest.stream().map(s -> views.serving(s, reversed.contains(s.id()))).toList());
    }

    private String card(MealRegistration r) {
        if (!r.active()) {
            return "ENDED";
        }
        LocalDate today = ChinaTime.today(clock);
        return r.card().validOn(today) ? "VALID" : "EXPIRED";
    }
}
