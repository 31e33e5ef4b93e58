package org.yiyang.visits.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.application.ElderCare;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.application.UserDirectory;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.Enrolment;
import org.yiyang.visits.domain.EnrolmentRepository;
import org.yiyang.visits.domain.RiskTier;

/**
 * Enrolment in the visit programme: a special-hardship elder with a risk tier (suggested by the rules,
 * overridable with a reason), the responsible visitor and a caregiver under a care agreement.
 */
@Stateless
public class Enrolments {

    /** Who may be an elder's visitor: grid workers and township staff of the elder's township, or a volunteer. */
    static final Set<String> VISITOR_ROLES = Set.of("village-assistant", "township-staff", "volunteer");

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EnrolmentViews views;

    @Inject
    ElderDirectory elders;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    public EnrolmentView enrol(EnrolInput in) {
        Caller caller = Access.requireCountyRole(EnrolmentActions.STAFF);
        if (in == null || in.elderId() == null) {
            throw DomainException.invalid("elderId", "visit.elder.required");
        }
        ElderRef elder = elders.findInReach(caller, in.elderId())
                .orElseThrow(() -> DomainException.invalid("elderId", "elder.notFound", String.valueOf(in.elderId())));
        LocalDate today = ChinaTime.today(clock);
        if (!elder.active() || !elder.specialHardship()) {
            throw DomainException.invalid("elderId", "visit.elder.notEligible");
        }
        if (enrolments.findByElder(elder.id()).isPresent()) {
            throw DomainException.conflict("visit.enrolled.already");
        }
        boolean elsewhere = Boolean.TRUE.equals(in.livesElsewhere());
        Enrolment e = new Enrolment(elder.id(), elder.townshipCode(), suggest(elder.id(), elsewhere), elsewhere, today,
                caller.username(), clock.instant());
        RiskTier chosen = Inputs.parse(RiskTier.class, in.tier(), "tier");
        if (chosen != null) {
            e.setTier(chosen, Inputs.text(in.tierReason(), 200, "tierReason"), caller.username(), clock.instant());
        }
        visitor(e, in, caller);
        e.careAgreement(Inputs.text(in.caregiverName(), 40, "caregiverName"), Inputs.phone(in.caregiverPhone(), "caregiverPhone"),
                Inputs.text(in.careDuties(), 500, "careDuties"), day(in.careFrom(), "careFrom"), day(in.careTo(), "careTo"),
                caller.username(), clock.instant());
        enrolments.store(e);
        return views.view(e);
    }

    /** The tier the rules suggest from the elder's situation today. */
    private RiskTier suggest(long elderId, boolean livesElsewhere) {
        ElderCare c = elders.care(elderId).orElseThrow();
        return RiskTier.suggest(c.selfCare(), c.disabilityGrade(), c.disabilityType(), c.age(), c.living(),
                livesElsewhere);
    }

    /**
     * The visitor must be an enabled account of the caller's county with a visiting role; grid workers and township
     * staff must belong to the elder's township. Anything else is refused with a clear message and changes nothing.
     */
    private void requireVisitor(String username, String elderTownship, Caller caller) {
        String county = caller.county().orElseThrow();
        UserDirectory.Account a = users.find(username).filter(UserDirectory.Account::enabled)
                .filter(u -> u.county().filter(county::equals).isPresent())
                .orElseThrow(() -> DomainException.invalid("visitorUsername", "visit.visitor.unknown", username));
        if (a.roles().stream().noneMatch(VISITOR_ROLES::contains)) {
            throw DomainException.invalid("visitorUsername", "visit.visitor.role", username);
        }
        boolean local = a.roles().contains("village-assistant") || a.roles().contains("township-staff");
        if (local && !a.roles().contains("volunteer") && a.township().filter(elderTownship::equals).isEmpty()) {
            throw DomainException.invalid("visitorUsername", "visit.visitor.otherTownship", username);
        }
    }

    private void visitor(Enrolment e, EnrolInput in, Caller caller) {
        String username = Inputs.text(in.visitorUsername(), 100, "visitorUsername");
        String name = Inputs.text(in.visitorName(), 40, "visitorName");
        if (username == null || name == null) {
            throw DomainException.invalid("visitorUsername", "visit.visitor.required");
        }
        requireVisitor(username, e.townshipCode(), caller);
        e.assignVisitor(username, name, Inputs.phone(in.visitorPhone(), "visitorPhone"), caller.username(), clock.instant());
    }

    /** Sets the tier: the suggested one, or another with a reason. */
    public EnrolmentView changeTier(long id, String tier, String reason) {
        Caller caller = Access.requireCountyRole(EnrolmentActions.STAFF);
        Enrolment e = views.visible(caller, id);
        RiskTier t = Inputs.parse(RiskTier.class, tier, "tier");
        if (t == null) {
            throw DomainException.invalid("tier", "visit.tier.required");
        }
        e.setTier(t, Inputs.text(reason, 200, "tierReason"), caller.username(), clock.instant());
        return views.view(e);
    }

    public EnrolmentView enrolment(long id) {
        return views.view(views.visible(TenantScope.requireCaller(), id));
    }

    public Optional<EnrolmentView> enrolmentOfElder(long elderId) {
        Caller caller = TenantScope.requireCaller();
        return enrolments.findByElder(elderId).filter(e -> EnrolmentViews.maySee(caller, e)).map(views::view);
    }

    private static LocalDate day(String raw, String field) {
        String s = Inputs.blank(raw);
        try {
            return s == null ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "date.invalid", s);
        }
    }
}
