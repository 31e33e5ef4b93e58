package org.yiyang.meals.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.meals.domain.Identification;
import org.yiyang.meals.domain.MealCard;
import org.yiyang.meals.domain.MealCardTokens;
import org.yiyang.meals.domain.MealRegistration;
import org.yiyang.meals.domain.RegistrationRepository;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;

/**
 * Who is at the counter: the elder of a meal card (its token opened in the caller's county, the registration's
 * current card, valid today), or the registered elder with this name whose ID number ends in these four characters.
 * Either way the elder is on the register and has an active meal registration.
 */
@Dependent
class Diners {

    /** The elder, their registration, and how they were identified. */
    record Diner(ElderRef elder, MealRegistration registration, Identification identifiedBy) {
    }

    @Inject
    MealCardTokens tokens;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ElderDirectory elders;

    Diner identify(RecordServing in, LocalDate day) {
        Diner diner = Inputs.blank(in.cardToken()) != null ? byCard(in.cardToken(), day) : byIdDigits(in);
        if (!diner.elder().active()) {
            throw DomainException.invalid("cardToken", "meals.elder.inactive", diner.elder().name());
        }
        return diner;
    }

    private Diner byCard(String token, LocalDate day) {
        MealCard card = tokens.open(token, TenantScope.requireCounty());
        MealRegistration r = registrations.find(card.registrationId())
                .orElseThrow(() -> DomainException.invalid("cardToken", "meals.card.invalid"));
        r.requireCard(card, day);
        ElderRef elder = elders.find(r.elderId())
                .orElseThrow(() -> DomainException.invalid("cardToken", "meals.card.invalid"));
        return new Diner(elder, r, Identification.CARD);
    }

    private Diner byIdDigits(RecordServing in) {
        String last4 = Inputs.blank(in.idLast4());
        String name = Inputs.blank(in.name());
        if (last4 == null || name == null) {
            throw DomainException.invalid("cardToken", "meals.serving.elder.required");
        }
        String digits = last4.strip().toUpperCase(Locale.ROOT);
        if (!digits.matches("[0-9]{3}[0-9X]")) {
            throw DomainException.invalid("idLast4", "meals.serving.idLast4.invalid");
        }
        List<ElderRef> found = elders.findByNameAndIdLast4(name.strip(), digits);
        if (found.isEmpty()) {
            throw DomainException.invalid("name", "meals.serving.elder.unknown");
        }
        if (found.size() > 1) {
            throw DomainException.conflict("meals.serving.elder.ambiguous");
        }
        ElderRef elder = found.get(0);
        MealRegistration r = registrations.activeOf(elder.id())
                .orElseThrow(() -> DomainException.invalid("name", "meals.serving.notRegistered", elder.name()));
        return new Diner(elder, r, Identification.ID_DIGITS);
    }
}
