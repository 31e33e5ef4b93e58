package org.yiyang.timebank.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.yiyang.shared.application.Access;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.timebank.domain.Activity;
import org.yiyang.timebank.domain.ActivityStatus;
import org.yiyang.timebank.domain.HoursEntry;
import org.yiyang.timebank.domain.HoursStatus;
import org.yiyang.timebank.domain.Signup;
import org.yiyang.timebank.domain.SignupStatus;
import org.yiyang.timebank.domain.Volunteer;
import org.yiyang.timebank.domain.VolunteerStatus;

/**
 * Who may do what in the time bank, in one place. The bureau and township offices register volunteers of their
 * reach, decide on them and form teams; grid workers read them too. Township offices, grid workers and team leaders
 * publish activities; the organiser (the publisher, the township office, the bureau) closes and cancels them and
 * verifies, rejects and reverses hours, which the served elder's named proxy may verify or reject as well. A
 * volunteer signs up, checks in and out and records hours for themselves; the staff may sign up a volunteer who has
 * no account. The use cases refuse everything else; views carry what {@link #allowed} answers.
 */
final class TimebankActions {

    /** Who reads volunteers, teams and activities of their reach. */
    static final Role[] STAFF = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT};
    /** Who registers volunteers, approves or rejects them and forms teams. */
    static final Role[] REGISTRARS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};
    /** Who publishes activities of their township (besides team leaders). */
    static final Role[] PUBLISHERS = {Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT};
    /** Who organises every activity of their reach, besides its publisher. */
    static final Role[] ORGANISERS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};

    private TimebankActions() {
    }

    static Caller requireStaff() {
        return Access.requireCountyRole("timebank.staffOnly", STAFF);
    }

    static Caller requireRegistrar() {
        return Access.requireCountyRole("timebank.registrarOnly", REGISTRARS);
    }

    static Caller requireVolunteer() {
        return Access.requireCountyRole("timebank.volunteerOnly", Role.VOLUNTEER);
    }

    /** Any caller of a county: a volunteer, the staff, or an elder's proxy. */
    static Caller requireCountyCaller() {
        return Access.requireCountyRole("access.forbidden", Role.values());
    }

    static boolean isStaff(Caller caller) {
        return caller.hasAny(STAFF);
    }

    /** Whether the caller decides on volunteers (and forms teams) of this township. */
    static boolean registers(Caller caller, String townshipCode) {
        return caller.hasAny(REGISTRARS) && Access.reaches(caller, townshipCode);
    }

    /** Whether the caller publishes activities of this township as township office or grid worker. */
    static boolean publishes(Caller caller, String townshipCode) {
        return caller.hasAny(PUBLISHERS) && Access.reaches(caller, townshipCode);
    }

    /** Whether the caller organises the activity: its publisher, or the bureau or township office reaching it. */
    static boolean organises(Caller caller, Activity activity) {
        return activity.organisedBy(caller.username())
                || caller.hasAny(ORGANISERS) && Access.reaches(caller, activity.townshipCode());
    }

    static Set<TimebankAction> allowed(Caller caller, Volunteer v) {
        Set<TimebankAction> a = EnumSet.noneOf(TimebankAction.class);
        if (registers(caller, v.townshipCode())) {
            if (v.status() == VolunteerStatus.PENDING || v.status() == VolunteerStatus.SUSPENDED) {
                a.add(TimebankAction.APPROVE);
            }
            if (v.status() == VolunteerStatus.PENDING) {
                a.add(TimebankAction.REJECT);
            }
            if (v.status() == VolunteerStatus.APPROVED) {
                a.add(TimebankAction.SUSPEND);
            }
        }
        return a;
    }

    /** The steps on an activity: the organiser's, and those of the calling volunteer ({@code me}, their sign-up). */
    static Set<TimebankAction> allowed(Caller caller, Activity activity, Optional<Volunteer> me,
                                       Optional<Signup> mine) {
        Set<TimebankAction> a = EnumSet.noneOf(TimebankAction.class);
        boolean held = activity.status() != ActivityStatus.CANCELLED;
        if (organises(caller, activity)) {
            if (activity.status() == ActivityStatus.OPEN) {
                a.add(TimebankAction.CLOSE);
            }
            if (held) {
                a.add(TimebankAction.CANCEL);
            }
        }
        if (me.isPresent() && me.get().status() == VolunteerStatus.APPROVED) {
            SignupStatus s = mine.map(Signup::status).orElse(SignupStatus.CANCELLED);
            if (activity.status() == ActivityStatus.OPEN && s == SignupStatus.CANCELLED
                    && activity.taken() < activity.slots()) {
                a.add(TimebankAction.SIGN_UP);
            }
            if (held && s == SignupStatus.SIGNED_UP) {
                a.add(TimebankAction.CANCEL_SIGNUP);
                a.add(TimebankAction.CHECK_IN);
            }
            if (held && s == SignupStatus.CHECKED_IN) {
                a.add(TimebankAction.CHECK_OUT);
            }
            if (held && s == SignupStatus.CHECKED_OUT) {
                a.add(TimebankAction.RECORD_HOURS);
            }
        }
        return a;
    }

    /**
     * The steps on an hours entry: the organiser verifies, rejects and reverses; the served elder's proxy verifies
     * and rejects; nobody decides on their own entry.
     */
    static Set<TimebankAction> allowed(Caller caller, HoursEntry entry, Activity activity, boolean proxy,
                                       boolean own) {
        Set<TimebankAction> a = EnumSet.noneOf(TimebankAction.class);
        if (own) {
            return a;
        }
        boolean organiser = organises(caller, activity);
        if (entry.status() == HoursStatus.PENDING && (organiser || proxy)) {
            a.add(TimebankAction.VERIFY);
            a.add(TimebankAction.REJECT);
        }
        if (entry.status() == HoursStatus.VERIFIED && organiser) {
            a.add(TimebankAction.REVERSE);
        }
        return a;
    }
}
