package org.yiyang.timebank.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.timebank.domain.Activity;
import org.yiyang.timebank.domain.ActivityRepository;
import org.yiyang.timebank.domain.HoursEntry;
import org.yiyang.timebank.domain.HoursRepository;
import org.yiyang.timebank.domain.Proxy;
import org.yiyang.timebank.domain.ProxyRepository;
import org.yiyang.timebank.domain.Team;
import org.yiyang.timebank.domain.TeamRepository;
import org.yiyang.timebank.domain.Volunteer;
import org.yiyang.timebank.domain.VolunteerRepository;

/**
 * What a caller reaches of the county's time bank: the staff the volunteers, teams and activities of their reach; a
 * volunteer their own record, every activity of the county and their own hours; an organiser the hours of their
 * activities; a proxy the hours of activities serving their elder. Anything else answers 404, whether it exists in
 * another county or not at all.
 */
@Dependent
class TimebankScope {

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TeamRepository teams;

    @Inject
    ActivityRepository activities;

    @Inject
    HoursRepository hours;

    @Inject
    ProxyRepository proxies;

    /** The calling volunteer's own record, if their account has one. */
    Optional<Volunteer> me(Caller caller) {
        return caller.has(Role.VOLUNTEER) ? volunteers.ofUsername(caller.username()) : Optional.empty();
    }

    /** The calling volunteer's own record; a volunteer account without one is refused (403). */
    Volunteer requireMe(Caller caller) {
        return me(caller).orElseThrow(() -> DomainException.forbidden("timebank.volunteer.noRecord"));
    }

    Volunteer volunteer(Caller caller, long id) {
        return volunteers.find(id).filter(v -> TimebankActions.isStaff(caller)
                        && Access.reaches(caller, v.townshipCode())
                        || v.username().map(caller.username()::equals).orElse(false))
                .orElseThrow(() -> volunteerNotFound(id));
    }

    static DomainException volunteerNotFound(long id) {
        return DomainException.notFound("timebank.volunteer.notFound", String.valueOf(id));
    }

    Team team(Caller caller, long id) {
        return teams.find(id).filter(t -> TimebankActions.isStaff(caller) && Access.reaches(caller, t.townshipCode())
                        || me(caller).map(v -> t.ledBy(v.id()) || teams.member(t.id(), v.id()).isPresent())
                        .orElse(false))
                .orElseThrow(() -> DomainException.notFound("timebank.team.notFound", String.valueOf(id)));
    }

    /** An activity the caller sees: the staff of its reach, its organiser, and every volunteer of the county. */
    Activity activity(Caller caller, long id) {
        return activities.find(id).filter(a -> sees(caller, a))
                .orElseThrow(() -> activityNotFound(id));
    }

    /** The same, its row held until the transaction ends (sign-ups take slots one by one). */
    Activity lockedActivity(Caller caller, long id) {
        return activities.lock(id).filter(a -> sees(caller, a)).orElseThrow(() -> activityNotFound(id));
    }

    private boolean sees(Caller caller, Activity a) {
        return caller.has(Role.VOLUNTEER) || TimebankActions.organises(caller, a)
                || TimebankActions.isStaff(caller) && Access.reaches(caller, a.townshipCode());
    }

    static DomainException activityNotFound(long id) {
        return DomainException.notFound("timebank.activity.notFound", String.valueOf(id));
    }

    /** An hours entry the caller sees: its volunteer's, the organiser's, the staff's of its reach, the proxy's. */
    HoursEntry entry(Caller caller, long id) {
        HoursEntry e = hours.find(id).orElseThrow(() -> entryNotFound(id));
        Activity a = activities.find(e.activityId()).orElseThrow(() -> entryNotFound(id));
        boolean sees = own(caller, e) || TimebankActions.organises(caller, a)
                || TimebankActions.isStaff(caller) && Access.reaches(caller, a.townshipCode())
                || proxyFor(caller, a).isPresent();
        if (!sees) {
            throw entryNotFound(id);
        }
        return e;
    }

    static DomainException entryNotFound(long id) {
        return DomainException.notFound("timebank.hours.notFound", String.valueOf(id));
    }

    /** Whether the entry is the calling volunteer's own. */
    boolean own(Caller caller, HoursEntry e) {
        return me(caller).map(v -> v.id() == e.volunteerId()).orElse(false);
    }

    /** The caller's active proxy of the elder the activity serves, if the caller is one. */
    Optional<Proxy> proxyFor(Caller caller, Activity a) {
        return a.elderId().flatMap(elder -> proxies.of(elder, caller.username())).filter(Proxy::active);
    }

    /** A proxy of an elder in the registry user's reach. */
    Proxy proxy(Caller caller, long id, LongPredicate elderInReach) {
        return proxies.find(id).filter(p -> elderInReach.test(p.elderId()))
                .orElseThrow(() -> DomainException.notFound("timebank.proxy.notFound", String.valueOf(id)));
    }
}
