package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.timebank.domain.Activity;
import org.yiyang.timebank.domain.ActivityRepository;
import org.yiyang.timebank.domain.Signup;
import org.yiyang.timebank.domain.SignupStatus;
import org.yiyang.timebank.domain.Volunteer;
import org.yiyang.timebank.domain.VolunteerRepository;

/**
 * Taking part in an activity: an approved volunteer signs up (or the organiser signs up a volunteer of the
 * township who has no account) and cancels, then checks in on the day and out afterwards. Sign-ups of one activity
 * take its slots one at a time (the activity's row is held), so the slots are never exceeded. Checking in or out
 * again answers the same and changes nothing, so a phone may retry.
 */
@Stateless
public class Signups {

    @Inject
    ActivityRepository activities;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TimebankScope scope;

    @Inject
    TimebankViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Signs the calling volunteer up, or (the organiser) the volunteer named. */
    public SignupView signUp(long activityId, Long volunteerId) {
        Caller caller = TimebankActions.requireCountyCaller();
        Activity a = scope.lockedActivity(caller, activityId);
        Volunteer v = volunteerId == null ? scope.requireMe(caller) : signedUpBy(caller, a, volunteerId);
        Instant now = clock.instant();
        Optional<Signup> earlier = activities.signup(a.id(), v.id());
        Signup s;
        if (earlier.isPresent()) {
            s = earlier.get();
            if (s.status() != SignupStatus.CANCELLED) {
                throw DomainException.conflict("timebank.signup.exists");
            }
            s.signUpAgain(a, v, caller.username(), now);
        } else {
            s = a.signUp(v, caller.username(), now);
            try {
                activities.store(s);
            } catch (PersistenceException concurrent) {
                throw DomainException.conflict("timebank.signup.exists");
            }
        }
        audit.record("TIMEBANK_SIGNED_UP", "activity", a.id(), "volunteer " + v.id() + ", " + a.taken() + " of "
                + a.slots() + " slots taken");
        return views.signup(s);
    }

    /** The calling volunteer (or, for the volunteer named, the organiser) gives the place back. */
    public SignupView cancel(long activityId, Long volunteerId) {
        Caller caller = TimebankActions.requireCountyCaller();
        Activity a = scope.lockedActivity(caller, activityId);
        Volunteer v = volunteerId == null ? scope.requireMe(caller) : signedUpBy(caller, a, volunteerId);
        Signup s = signupOf(a, v);
        s.cancel(a, caller.username(), clock.instant());
        audit.record("TIMEBANK_SIGNUP_CANCELLED", "activity", a.id(), "volunteer " + v.id());
        return views.signup(s);
    }

    public SignupView checkIn(long activityId) {
        Caller caller = TimebankActions.requireVolunteer();
        Activity a = scope.activity(caller, activityId);
        Volunteer v = scope.requireMe(caller);
        Signup s = signupOf(a, v);
        if (s.checkIn(a, caller.username(), clock.instant())) {
            audit.record("TIMEBANK_CHECKED_IN", "activity", a.id(), "volunteer " + v.id());
        }
        return views.signup(s);
    }

    public SignupView checkOut(long activityId) {
        Caller caller = TimebankActions.requireVolunteer();
        Activity a = scope.activity(caller, activityId);
        Volunteer v = scope.requireMe(caller);
        Signup s = signupOf(a, v);
        if (s.checkOut(a, caller.username(), clock.instant())) {
            audit.record("TIMEBANK_CHECKED_OUT", "activity", a.id(), "volunteer " + v.id());
        }
        return views.signup(s);
    }

    private Signup signupOf(Activity a, Volunteer v) {
        return activities.signup(a.id(), v.id()).orElseThrow(() -> DomainException.conflict(
                "timebank.signup.none"));
    }

    /** A volunteer the organiser signs up: of the activity's township. */
    private Volunteer signedUpBy(Caller caller, Activity a, long volunteerId) {
        if (!TimebankActions.organises(caller, a)) {
            throw DomainException.forbidden("timebank.activity.organiserOnly");
        }
        return volunteers.find(volunteerId).filter(v -> v.townshipCode().equals(a.townshipCode()))
                .orElseThrow(() -> DomainException.invalid("volunteerId", "timebank.volunteer.notFound",
                        String.valueOf(volunteerId)));
    }
}
