package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.meals.domain.MealCard;
import org.yiyang.meals.domain.MealDiet;
import org.yiyang.meals.domain.MealRegistration;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.MealSiteStatus;
import org.yiyang.meals.domain.RegistrationRepository;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;

/**
 * Elders' registrations for meal assistance and their meal cards. The registry's users (bureau, township offices,
 * grid workers) register elders of their reach with a home site and diet, change and end registrations, and hand
 * out and re-issue cards; an operator reads the registrations of its own sites.
 */
@Stateless
public class MealRegistrations {

    static final int MAX_LIST = 500;

    @Inject
    RegistrationRepository registrations;

    @Inject
    MealSiteRepository sites;

    @Inject
    ElderDirectory elders;

    @Inject
    MealScope scope;

    @Inject
    MealViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public RegistrationView register(RegisterForMeals in) {
        Caller caller = MealActions.requireRegistrar();
        if (in.elderId() == null) {
            throw DomainException.invalid("elderId", "meals.registration.elder.required");
        }
        ElderRef elder = elders.findInReach(caller, in.elderId())
                .orElseThrow(() -> DomainException.invalid("elderId", "elder.notFound", String.valueOf(in.elderId())));
        if (!elder.active()) {
            throw DomainException.invalid("elderId", "meals.registration.elder.inactive");
        }
        MealSite site = homeSite(in.homeSiteId());
        if (registrations.activeOf(elder.id()).isPresent()) {
            throw DomainException.conflict("meals.registration.exists");
        }
        MealDiet diet = Inputs.parse(MealDiet.class, in.diet(), "diet");
        Instant now = clock.instant();
        MealRegistration r = new MealRegistration(elder.id(), site.id(), diet == null ? MealDiet.NONE : diet,
                Boolean.TRUE.equals(in.daily()), ChinaTime.dayOf(now), caller.username(), now);
        try {
            registrations.store(r);
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("meals.registration.exists");
        }
        audit.record("MEAL_REGISTERED", "mealRegistration", r.id(), "elder " + elder.id() + " at site " + site.id()
                + ", " + r.diet() + (r.daily() ? ", daily" : ""));
        return views.registration(r);
    }

    public RegistrationView change(long id, ChangeRegistration in) {
        Caller caller = MealActions.requireRegistrar();
        MealRegistration r = scope.registrationToKeep(caller, id);
        long site = in.homeSiteId() == null ? r.homeSiteId() : homeSite(in.homeSiteId()).id();
        MealDiet diet = Inputs.parse(MealDiet.class, in.diet(), "diet");
        r.change(site, diet == null ? r.diet() : diet, in.daily() == null ? r.daily() : in.daily(),
                caller.username(), clock.instant());
        audit.record("MEAL_REGISTRATION_CHANGED", "mealRegistration", r.id(), "site " + r.homeSiteId() + ", "
                + r.diet() + (r.daily() ? ", daily" : ""));
        return views.registration(r);
    }

    /** The elder leaves meal assistance; the card is refused from now on. */
    public RegistrationView end(long id, String reason) {
        Caller caller = MealActions.requireRegistrar();
        MealRegistration r = scope.registrationToKeep(caller, id);
        String why = Inputs.reason(reason);
        r.end(why, caller.username(), clock.instant());
        audit.record("MEAL_REGISTRATION_ENDED", "mealRegistration", r.id(), why);
        return views.registration(r);
    }

    public RegistrationView registration(long id) {
        Caller caller = MealActions.requireReader();
        return views.registration(scope.registration(caller, id));
    }

    /**
     * Registrations the caller sees, newest first: of a home site and/or an elder; active ones unless all are asked
     * for. An operator names one of its sites.
     */
    public List<RegistrationView> registrations(Long siteId, Long elderId, boolean all) {
        Caller caller = MealActions.requireReader();
        if (MealActions.isOperator(caller)) {
            if (siteId == null) {
                throw DomainException.invalid("site", "meals.registration.site.required");
            }
            scope.site(caller, siteId);
        }
        return registrations.search(Optional.ofNullable(siteId), Optional.ofNullable(elderId), !all, MAX_LIST)
                .stream().filter(r -> MealActions.isOperator(caller)
                        || elders.findInReach(caller, r.elderId()).isPresent())
                .map(views::registration).toList();
    }

    /** The current card of an active registration, to print (the showing is audited). */
    public MealCardView card(long id) {
        Caller caller = MealActions.requireRegistrar();
        MealRegistration r = scope.registrationToKeep(caller, id);
        MealCardView card = views.card(r);
        audit.record("MEAL_CARD_SHOWN", "mealRegistration", r.id(), "card v" + card.cardVersion());
        return card;
    }

    /** A new card (lost, damaged, expired): every earlier card of the registration is refused from now on. */
    public MealCardView reissueCard(long id) {
        Caller caller = MealActions.requireRegistrar();
        MealRegistration r = scope.registrationToKeep(caller, id);
        Instant now = clock.instant();
        MealCard card = r.reissueCard(ChinaTime.dayOf(now), caller.username(), now);
        audit.record("MEAL_CARD_REISSUED", "mealRegistration", r.id(), "card v" + card.cardVersion()
                + " valid to " + card.expiresOn());
        return views.card(r);
    }

    /** A site of the county that is not closed, as an elder's home site. */
    private MealSite homeSite(Long siteId) {
        if (siteId == null) {
            throw DomainException.invalid("homeSiteId", "meals.registration.site.required");
        }
        MealSite site = sites.find(siteId).orElseThrow(() -> DomainException.invalid("homeSiteId",
                "meals.site.unknown", String.valueOf(siteId)));
        if (site.status() == MealSiteStatus.CLOSED) {
            throw DomainException.invalid("homeSiteId", "meals.registration.site.closed", site.name());
        }
        return site;
    }
}
