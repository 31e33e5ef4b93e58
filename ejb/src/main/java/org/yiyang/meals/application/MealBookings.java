package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.meals.domain.BookingRepository;
import org.yiyang.meals.domain.MealBooking;
import org.yiyang.meals.domain.MealDiet;
import org.yiyang.meals.domain.MealPeriod;
import org.yiyang.meals.domain.MealRegistration;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.RegistrationRepository;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;

/**
 * Meals booked ahead. The registry's users (bureau, township offices, grid workers; the elder's family asks them)
 * book an elder's meals of the coming days at the elder's home site, per meal period and with the diet, and cancel
 * them before the day; the site's operator reads a day's count per period and diet. A booked meal is marked served
 * in the serving's transaction ({@link BookingsFollowServings}).
 */
@Stateless
public class MealBookings {

    static final int MAX_LIST = 500;

    @Inject
    BookingRepository bookings;

    @Inject
    RegistrationRepository registrations;

    @Inject
    MealSiteRepository sites;

    @Inject
    ElderDirectory elders;

    @Inject
    MealScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public BookingView book(BookMeal in) {
        Caller caller = MealActions.requireBooker();
        if (in.elderId() == null) {
            throw DomainException.invalid("elderId", "meals.booking.elder.required");
        }
        ElderRef elder = elders.findInReach(caller, in.elderId())
                .orElseThrow(() -> DomainException.invalid("elderId", "elder.notFound", String.valueOf(in.elderId())));
        MealRegistration r = registrations.activeOf(elder.id()).orElseThrow(() -> DomainException.invalid("elderId",
                "meals.serving.notRegistered", elder.name()));
        if (in.day() == null) {
            throw DomainException.invalid("day", "meals.booking.day.required");
        }
        MealPeriod period = Inputs.parse(MealPeriod.class, in.period(), "period");
        if (period == null) {
            throw DomainException.invalid("period", "meals.serving.period.required");
        }
        MealDiet diet = Inputs.parse(MealDiet.class, in.diet(), "diet");
        MealSite site = sites.find(r.homeSiteId()).orElseThrow();
        Instant now = clock.instant();
        MealBooking b = MealBooking.book(r, site, in.day(), period, diet, ChinaTime.dayOf(now), caller.username(),
                now);
        if (bookings.live(elder.id(), b.mealDay(), period).isPresent()) {
            throw exists(elder, b);
        }
        try {
            bookings.store(b);
        } catch (PersistenceException concurrent) {
            throw exists(elder, b);
        }
        audit.record("MEAL_BOOKED", "mealBooking", b.id(), "elder " + elder.id() + " at site " + site.id() + ", "
                + b.mealDay() + " " + period + ", " + b.diet());
        return view(b, Optional.of(elder), site);
    }

    /** Cancels a booked meal, before its day. */
    public BookingView cancel(long id) {
        Caller caller = MealActions.requireBooker();
        MealBooking b = scope.bookingToKeep(caller, id);
        b.cancel(ChinaTime.today(clock), caller.username(), clock.instant());
        audit.record("MEAL_BOOKING_CANCELLED", "mealBooking", b.id(), b.mealDay() + " " + b.period());
        return view(b);
    }

    public BookingView booking(long id) {
        Caller caller = MealActions.requireReader();
        return view(scope.booking(caller, id));
    }

    /** An elder's bookings from today on (all when asked for), by day: for the registry's users in reach. */
    public List<BookingView> ofElder(Long elderId, boolean all) {
        Caller caller = MealActions.requireBooker();
        if (elderId == null) {
            throw DomainException.invalid("elder", "meals.booking.elder.required");
        }
        ElderRef elder = elders.findInReach(caller, elderId)
                .orElseThrow(() -> DomainException.notFound("elder.notFound", String.valueOf(elderId)));
        Optional<LocalDate> from = all ? Optional.empty() : Optional.of(ChinaTime.today(clock));
        Map<Long, MealSite> siteCache = new HashMap<>();
        return bookings.ofElder(elder.id(), from, MAX_LIST).stream()
                .map(b -> view(b, Optional.of(elder), siteCache.computeIfAbsent(b.siteId(),
                        s -> sites.find(s).orElse(null)))).toList();
    }

    /**
     * A site's booked meals of a day (tomorrow when empty), for whoever sees the site: the count of each meal period
     * it serves, by diet, and the bookings by period and diet.
     */
    public SiteBookingsView siteDay(long siteId, LocalDate day) {
        Caller caller = MealActions.requireReader();
        MealSite site = scope.site(caller, siteId);
        LocalDate d = day == null ? ChinaTime.today(clock).plusDays(1) : day;
        List<MealBooking> booked = bookings.ofSite(site.id(), d).stream()
                .sorted(Comparator.comparing(MealBooking::period).thenComparing(MealBooking::diet)
                        .thenComparing(MealBooking::id)).toList();
        List<SiteBookingsView.PeriodBookings> counts = site.periods().stream().sorted().map(p -> {
            List<MealBooking> ofPeriod = booked.stream().filter(b -> b.period() == p).toList();
            List<SiteBookingsView.DietCount> diets = Arrays.stream(MealDiet.values())
                    .map(diet -> new SiteBookingsView.DietCount(diet.name(),
                            ofPeriod.stream().filter(b -> b.diet() == diet).count()))
                    .filter(c -> c.booked() > 0).toList();
            return new SiteBookingsView.PeriodBookings(p.name(), ofPeriod.size(), diets);
        }).toList();
        return new SiteBookingsView(site.id(), site.name(), d, counts,
                booked.stream().map(b -> view(b, elders.find(b.elderId()), site)).toList());
    }

    private static DomainException exists(ElderRef elder, MealBooking b) {
        return DomainException.conflict("meals.booking.exists", elder.name(), b.mealDay().toString(),
                new DomainException.Label("MealPeriod." + b.period().name()));
    }

    private BookingView view(MealBooking b) {
        return view(b, elders.find(b.elderId()), sites.find(b.siteId()).orElse(null));
    }

    private static BookingView view(MealBooking b, Optional<ElderRef> elder, MealSite site) {
        return new BookingView(b.id(), b.elderId(), elder.map(ElderRef::name).orElse(null),
                elder.map(ElderRef::idNumberMasked).orElse(null), b.siteId(), site == null ? null : site.name(),
                b.mealDay(), b.period().name(), b.diet().name(), b.status().name(), b.servingId(), b.createdAt(),
                b.createdBy(), b.updatedAt(), b.updatedBy(), b.version());
    }
}
