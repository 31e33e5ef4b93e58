package org.yiyang.meals.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.meals.domain.BookingRepository;
import org.yiyang.meals.domain.MealBooking;
import org.yiyang.meals.domain.MealRegistration;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.RegistrationRepository;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.ServingRepository;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/**
 * What a caller reaches of the county's meal assistance: the bureau everything, township offices and grid workers
 * what lies in their township, an operator its own sites and their servings and bookings. Anything else answers
 * 404, whether it exists in another county or not at all.
 */
@Dependent
class MealScope {

    @Inject
    MealSiteRepository sites;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ServingRepository servings;

    @Inject
    BookingRepository bookings;

    @Inject
    ProviderDirectory providers;

    @Inject
    ElderDirectory elders;

    /** The provider an operator's account works for; empty for everybody else. */
    Optional<Long> operatorOf(Caller caller) {
        return MealActions.isOperator(caller) ? providers.providerOf(caller).map(ProviderRef::id) : Optional.empty();
    }

    /** A site the caller may see. */
    MealSite site(Caller caller, long id) {
        return sites.find(id).filter(s -> sees(caller, s.townshipCode(), s.providerId()))
                .orElseThrow(() -> siteNotFound(id));
    }

    /** A serving the caller may see (that of a site the caller may see). */
    Serving serving(Caller caller, long id) {
        return servings.find(id).filter(s -> sees(caller, s.townshipCode(), s.providerId()))
                .orElseThrow(() -> DomainException.notFound("meals.serving.notFound", String.valueOf(id)));
    }

    /**
     * A registration the caller may see: the registry's users see those of elders in their reach, an operator those
     * whose home site it runs.
     */
    MealRegistration registration(Caller caller, long id) {
        return registrations.find(id).filter(r -> sees(caller, r))
                .orElseThrow(() -> registrationNotFound(id));
    }

    /** A registration the caller may change and hand cards out for: registry users, for elders in their reach. */
    MealRegistration registrationToKeep(Caller caller, long id) {
        return registrations.find(id).filter(r -> elders.findInReach(caller, r.elderId()).isPresent())
                .orElseThrow(() -> registrationNotFound(id));
    }

    /** A booking the caller may see: one of a registration the caller may see. */
    MealBooking booking(Caller caller, long id) {
        return bookings.find(id).filter(b -> registrations.find(b.registrationId()).map(r -> sees(caller, r))
                .orElse(false)).orElseThrow(() -> bookingNotFound(id));
    }

    /** A booking the caller may cancel: registry users, for elders in their reach. */
    MealBooking bookingToKeep(Caller caller, long id) {
        return bookings.find(id).filter(b -> elders.findInReach(caller, b.elderId()).isPresent())
                .orElseThrow(() -> bookingNotFound(id));
    }

    /** The township a caller's lists are limited to (township offices and grid workers); empty for the others. */
    Optional<String> township(Caller caller) {
        return MealActions.isOperator(caller) ? Optional.empty() : Access.townshipScope(caller);
    }

    private boolean sees(Caller caller, MealRegistration r) {
        if (caller.hasAny(MealActions.REGISTRARS) && elders.findInReach(caller, r.elderId()).isPresent()) {
            return true;
        }
        Optional<Long> operator = operatorOf(caller);
        return operator.isPresent() && sites.find(r.homeSiteId())
                .map(s -> MealActions.operates(caller, operator, s.providerId())).orElse(false);
    }

    private boolean sees(Caller caller, String townshipCode, long providerId) {
        if (Access.countyWide(caller)) {
            return true;
        }
        if (caller.hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT)) {
            return Access.reaches(caller, townshipCode);
        }
        return MealActions.operates(caller, operatorOf(caller), providerId);
    }

    static DomainException siteNotFound(long id) {
        return DomainException.notFound("meals.site.notFound", String.valueOf(id));
    }

    static DomainException bookingNotFound(long id) {
        return DomainException.notFound("meals.booking.notFound", String.valueOf(id));
    }

    static DomainException registrationNotFound(long id) {
        return DomainException.notFound("meals.registration.notFound", String.valueOf(id));
    }
}
