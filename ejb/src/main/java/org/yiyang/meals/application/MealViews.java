package org.yiyang.meals.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.meals.domain.MealCard;
import org.yiyang.meals.domain.MealCardTokens;
import org.yiyang.meals.domain.MealPeriod;
import org.yiyang.meals.domain.MealRegistration;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteAction;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.RegistrationRepository;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.SubsidySchedule;
import org.yiyang.meals.domain.SubsidyTable;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.shared.domain.InForce;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/** How sites, tables, registrations, cards and servings are shown: with the names of what they refer to. */
@Dependent
class MealViews {

    @Inject
    ProviderDirectory providers;

    @Inject
    PlaceDirectory places;

    @Inject
    ElderDirectory elders;

    @Inject
    MealSiteRepository sites;

    @Inject
    RegistrationRepository registrations;

    @Inject
    MealCardTokens tokens;

    MealSiteView site(MealSite s, Caller caller, Optional<Long> operator) {
        return new MealSiteView(s.id(), s.type().name(), s.level().name(), s.name(), s.providerId(),
                providers.find(s.providerId()).map(ProviderRef::name).orElse(null), s.address(), s.villageCode(),
                places.village(s.villageCode()).map(Village::name).orElse(null), s.townshipCode(),
                township(s.townshipCode()), s.latitude(), s.longitude(), s.capacity(),
                s.periods().stream().sorted().map(Enum::name).toList(), s.delivery(), s.openingDate(),
                s.status().name(), MealActions.allowed(caller, operator, s).stream().map(MealSiteAction::key).toList(),
                s.updatedAt(), s.version());
    }

    String township(String code) {
        return places.township(code).map(Township::name).orElse(null);
    }

    static SubsidyTableView table(SubsidySchedule s, InForce inForce) {
        List<SubsidyTableView.Row> rows = s.rates().stream().map(r -> new SubsidyTableView.Row(r.band().name(),
                r.status().name(), r.split().elder().amount(), r.split().county().amount(), r.split().city().amount(),
                r.split().charity().amount())).toList();
        return inForce == null
                ? new SubsidyTableView(s.version(), true, null, null, null, null, s.price().amount(), rows)
                : new SubsidyTableView(s.version(), false, inForce.effectiveFrom(), inForce.reason(),
                inForce.createdBy(), inForce.createdAt(), s.price().amount(), rows);
    }

    static SubsidyTableView table(SubsidyTable t) {
        return table(t.schedule(), t.inForce());
    }

    RegistrationView registration(MealRegistration r) {
        Optional<ElderRef> elder = elders.find(r.elderId());
        return new RegistrationView(r.id(), r.elderId(), elder.map(ElderRef::name).orElse(null),
                elder.map(ElderRef::idNumberMasked).orElse(null), elder.map(ElderRef::townshipCode).orElse(null),
                r.homeSiteId(), siteName(r.homeSiteId()), r.diet().name(), r.daily(), r.active(), r.cardVersion(),
                r.cardExpiresOn(), r.endedReason(), r.createdAt(), r.createdBy(), r.version());
    }

    MealCardView card(MealRegistration r) {
        MealCard card = r.card();
        Optional<ElderRef> elder = elders.find(r.elderId());
        return new MealCardView(r.id(), tokens.seal(card), card.cardVersion(), card.expiresOn(),
                elder.map(ElderRef::name).orElse(null), elder.map(ElderRef::idNumberMasked).orElse(null),
                siteName(r.homeSiteId()), r.diet().name());
    }

    ServingView serving(Serving s, boolean reversed) {
        Optional<ElderRef> elder = elders.find(s.elderId());
        return new ServingView(s.id(), s.siteId(), siteName(s.siteId()), s.elderId(),
                elder.map(ElderRef::name).orElse(null), elder.map(ElderRef::idNumberMasked).orElse(null),
                registrations.find(s.registrationId()).map(r -> r.diet().name()).orElse(null), s.mealDay(),
                s.period().name(), s.kind().name(), s.identifiedBy().name(), s.subsidised(), s.fullPrice(),
                s.tableVersion(), s.price(), s.split().elder().amount(), s.split().county().amount(),
                s.split().city().amount(), s.split().charity().amount(), s.reversesId(), reversed, s.reason(),
                s.recordedAt(), s.recordedBy());
    }

    /** The standing meals of each period: servings that are not reversals and were not reversed. */
    static List<ServingDayView.PeriodCount> counts(List<Serving> entries, Set<Long> reversed) {
        return Arrays.stream(MealPeriod.values()).map(p -> {
            List<Serving> standing = entries.stream()
                    .filter(s -> s.period() == p && !s.isReversal() && !reversed.contains(s.id())).toList();
            return new ServingDayView.PeriodCount(p.name(), standing.size(),
                    standing.stream().filter(Serving::subsidised).count());
        }).toList();
    }

    private String siteName(long siteId) {
        return sites.find(siteId).map(MealSite::name).orElse(null);
    }
}
