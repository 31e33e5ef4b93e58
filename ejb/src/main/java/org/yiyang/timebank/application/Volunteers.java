package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.timebank.domain.Volunteer;
import org.yiyang.timebank.domain.VolunteerRepository;
import org.yiyang.timebank.domain.VolunteerStatus;

/**
 * Volunteers' registration by the staff (the bureau anywhere in the county, a township office in its own township),
 * and the decision on it: approved, or rejected with a reason; an approved volunteer may be suspended with a reason
 * and approved again. A volunteer reads their own record.
 */
@Stateless
public class Volunteers {

    static final int MAX_LIST = 500;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    ElderDirectory elders;

    @Inject
    PlaceDirectory places;

    @Inject
    TimebankScope scope;

    @Inject
    TimebankViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public VolunteerView register(RegisterVolunteer in) {
        Caller caller = TimebankActions.requireRegistrar();
        String name = Inputs.text(in.name(), Volunteer.MAX_NAME, "name");
        if (name == null) {
            throw DomainException.invalid("name", "timebank.volunteer.name.required");
        }
        String township = Optional.ofNullable(Inputs.blank(in.townshipCode())).map(String::strip)
                .or(caller::township).orElseThrow(() -> DomainException.invalid("townshipCode",
                        "timebank.volunteer.township.required"));
        places.township(township).orElseThrow(() -> DomainException.invalid("townshipCode", "township.unknown",
                township));
        if (!Access.reaches(caller, township)) {
            throw DomainException.forbidden("timebank.township.outOfReach");
        }
        Long elderId = null;
        if (in.elderId() != null) {
            ElderRef elder = elders.findInReach(caller, in.elderId()).orElseThrow(() -> DomainException.invalid(
                    "elderId", "elder.notFound", String.valueOf(in.elderId())));
            if (!elder.active()) {
                throw DomainException.invalid("elderId", "timebank.volunteer.elder.inactive");
            }
            elderId = elder.id();
        }
        String username = Inputs.text(in.username(), Volunteer.MAX_USERNAME, "username");
        if (username != null && volunteers.ofUsername(username).isPresent()) {
            throw DomainException.conflict("timebank.volunteer.username.taken", username);
        }
        Instant now = clock.instant();
        Volunteer v = new Volunteer(name, Inputs.phone(in.phone(), "phone"),
                TimebankViews.skills(in.skills(), "skills"),
                Inputs.text(in.availability(), Volunteer.MAX_AVAILABILITY, "availability"), township, elderId,
                username, caller.username(), now);
        try {
            volunteers.store(v);
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("timebank.volunteer.exists");
        }
        audit.record("TIMEBANK_VOLUNTEER_REGISTERED", "volunteer", v.id(), v.name() + " in " + township
                + (elderId == null ? "" : ", senior volunteer (elder " + elderId + ")")
                + (username == null ? "" : ", account " + username));
        return views.volunteer(caller, v);
    }

    public VolunteerView approve(long id) {
        Caller caller = TimebankActions.requireRegistrar();
        Volunteer v = toDecide(caller, id);
        v.approve(caller.username(), clock.instant());
        audit.record("TIMEBANK_VOLUNTEER_APPROVED", "volunteer", v.id(), v.name());
        return views.volunteer(caller, v);
    }

    public VolunteerView reject(long id, String reason) {
        Caller caller = TimebankActions.requireRegistrar();
        Volunteer v = toDecide(caller, id);
        String why = Inputs.reason(reason);
        v.reject(why, caller.username(), clock.instant());
        audit.record("TIMEBANK_VOLUNTEER_REJECTED", "volunteer", v.id(), why);
        return views.volunteer(caller, v);
    }

    public VolunteerView suspend(long id, String reason) {
        Caller caller = TimebankActions.requireRegistrar();
        Volunteer v = toDecide(caller, id);
        String why = Inputs.reason(reason);
        v.suspend(why, caller.username(), clock.instant());
        audit.record("TIMEBANK_VOLUNTEER_SUSPENDED", "volunteer", v.id(), why);
        return views.volunteer(caller, v);
    }

    public VolunteerView volunteer(long id) {
        Caller caller = TimebankActions.requireCountyCaller();
        return views.volunteer(caller, scope.volunteer(caller, id));
    }

    /** The calling volunteer's own record (404 if their account has none). */
    public VolunteerView me() {
        Caller caller = TimebankActions.requireVolunteer();
        return views.volunteer(caller, scope.me(caller).orElseThrow(() -> DomainException.notFound(
                "timebank.volunteer.me.notFound")));
    }

    /** Volunteers of the caller's reach by name: of one township and/or status, or the one of an account. */
    public List<VolunteerView> volunteers(String township, String status, String username) {
        Caller caller = TimebankActions.requireStaff();
        Optional<String> wanted = Optional.ofNullable(Inputs.blank(township)).map(String::strip);
        Optional<String> own = Access.townshipScope(caller);
        if (own.isPresent() && wanted.isPresent() && !own.equals(wanted)) {
            return List.of();
        }
        return volunteers.search(own.or(() -> wanted),
                        Optional.ofNullable(Inputs.parse(VolunteerStatus.class, status, "status")),
                        Optional.ofNullable(Inputs.blank(username)).map(String::strip), MAX_LIST)
                .stream().map(v -> views.volunteer(caller, v)).toList();
    }

    /** A volunteer the caller decides on: of their reach (404 otherwise). */
    private Volunteer toDecide(Caller caller, long id) {
        return volunteers.find(id).filter(v -> TimebankActions.registers(caller, v.townshipCode()))
                .orElseThrow(() -> TimebankScope.volunteerNotFound(id));
    }
}
