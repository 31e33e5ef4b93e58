package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.timebank.domain.Activity;
import org.yiyang.timebank.domain.ActivityRepository;
import org.yiyang.timebank.domain.HoursEntry;
import org.yiyang.timebank.domain.HoursRepository;
import org.yiyang.timebank.domain.HoursStatus;
import org.yiyang.timebank.domain.Proxy;
import org.yiyang.timebank.domain.Signup;
import org.yiyang.timebank.domain.Volunteer;
import org.yiyang.timebank.domain.VolunteerRepository;

/**
 * Volunteers' hours: recorded by the volunteer for an activity they took part in, under the county's rules (a minimum
 * entry, a daily maximum over the day's entries; a volunteer's entries are recorded one at a time); verified or
 * rejected with a reason by the organiser or, as such, by the served elder's named proxy; a verified entry corrected
 * later is reversed by the organiser. Verification and reversal are announced to the ledger
 * ({@link HoursVerified}, {@link HoursReversed}) in the same transaction.
 */
@Stateless
public class HoursEntries {

    static final int MAX_LIST = 500;

    @Inject
    HoursRepository hours;

    @Inject
    ActivityRepository activities;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TimebankPolicies policies;

    @Inject
    TimebankScope scope;

    @Inject
    TimebankViews views;

    @Inject
    AuditLog audit;

    @Inject
    Event<HoursVerified> verified;

    @Inject
    Event<HoursReversed> reversed;

    @Inject
    Clock clock;

    public HoursView record(RecordHours in) {
        Caller caller = TimebankActions.requireVolunteer();
        Volunteer me = scope.requireMe(caller);
        if (in.activityId() == null) {
            throw DomainException.invalid("activityId", "timebank.hours.activity.required");
        }
        Activity a = scope.activity(caller, in.activityId());
        me = volunteers.lock(me.id()).orElseThrow();
        me.requireApproved("recordHours");
        long volunteerId = me.id();
        Signup s = activities.signup(a.id(), volunteerId).orElseThrow(() -> DomainException.conflict(
                "timebank.hours.notTakenPart"));
        if (hours.countingOf(s.id()).isPresent()) {
            throw DomainException.conflict("timebank.hours.exists");
        }
        HoursEntry e = HoursEntry.record(a, s, in.minutes(), Inputs.text(in.note(), HoursEntry.MAX_NOTE, "note"),
                policies.rules(), day -> hours.countingOn(volunteerId, day).stream().mapToInt(HoursEntry::minutes)
                        .sum(), caller.username(), clock.instant());
        hours.store(e);
        audit.record("TIMEBANK_HOURS_RECORDED", "hoursEntry", e.id(), e.minutes() + " min for activity " + a.id()
                + " on " + e.serviceDay());
        return views.entry(caller, e);
    }

    public HoursView verify(long id) {
        Caller caller = TimebankActions.requireCountyCaller();
        HoursEntry e = scope.entry(caller, id);
        Activity a = activityOf(e);
        Optional<Proxy> proxy = decider(caller, e, a);
        Instant now = clock.instant();
        e.verify(caller.username(), proxy.isPresent(), now);
        audit.record(proxy.isPresent() ? "TIMEBANK_HOURS_VERIFIED_BY_PROXY" : "TIMEBANK_HOURS_VERIFIED",
                "hoursEntry", e.id(), e.minutes() + " min" + proxy.map(HoursEntries::asProxy).orElse(""));
        verified.fire(new HoursVerified(e.countyCode(), e.id(), e.volunteerId(), e.activityId(), e.minutes(),
                caller.username(), proxy.isPresent(), now));
        return views.entry(caller, e);
    }

    public HoursView reject(long id, String reason) {
        Caller caller = TimebankActions.requireCountyCaller();
        HoursEntry e = scope.entry(caller, id);
        Activity a = activityOf(e);
        Optional<Proxy> proxy = decider(caller, e, a);
        String why = Inputs.reason(reason);
        e.reject(why, caller.username(), proxy.isPresent(), clock.instant());
        audit.record(proxy.isPresent() ? "TIMEBANK_HOURS_REJECTED_BY_PROXY" : "TIMEBANK_HOURS_REJECTED",
                "hoursEntry", e.id(), why + proxy.map(HoursEntries::asProxy).orElse(""));
        return views.entry(caller, e);
    }

    /** A verified entry found wrong is reversed by the organiser (with a reason); the volunteer records anew. */
    public HoursView reverse(long id, String reason) {
        Caller caller = TimebankActions.requireCountyCaller();
        HoursEntry e = scope.entry(caller, id);
        Activity a = activityOf(e);
        if (!TimebankActions.organises(caller, a)) {
            throw DomainException.forbidden("timebank.activity.organiserOnly");
        }
        String why = Inputs.reason(reason);
        Instant now = clock.instant();
        e.reverse(why, caller.username(), now);
        audit.record("TIMEBANK_HOURS_REVERSED", "hoursEntry", e.id(), e.minutes() + " min: " + why);
        reversed.fire(new HoursReversed(e.countyCode(), e.id(), e.volunteerId(), e.minutes(), why,
                caller.username(), now));
        return views.entry(caller, e);
    }

    public HoursView entry(long id) {
        Caller caller = TimebankActions.requireCountyCaller();
        return views.entry(caller, scope.entry(caller, id));
    }

    /**
     * Entries, newest first, of one status or all: a volunteer's own; the staff's and organisers' of the activities
     * of their reach (or of one activity: the organiser's verification queue).
     */
    public List<HoursView> entries(Long activityId, String status) {
        Caller caller = TimebankActions.requireCountyCaller();
        Optional<HoursStatus> s = Optional.ofNullable(Inputs.parse(HoursStatus.class, status, "status"));
        Optional<List<Long>> of;
        Optional<Long> volunteer = Optional.empty();
        if (activityId != null) {
            Activity a = scope.activity(caller, activityId);
            boolean mine = caller.has(Role.VOLUNTEER) && !TimebankActions.organises(caller, a);
            volunteer = mine ? Optional.of(scope.requireMe(caller).id()) : Optional.empty();
            of = Optional.of(List.of(a.id()));
        } else if (TimebankActions.isStaff(caller)) {
            of = Optional.of(activities.search(Access.townshipScope(caller), Optional.empty(), Optional.empty(),
                    MAX_LIST).stream().map(Activity::id).toList());
        } else if (caller.has(Role.VOLUNTEER)) {
            volunteer = Optional.of(scope.requireMe(caller).id());
            of = Optional.empty();
        } else {
            throw DomainException.forbidden("access.forbidden");
        }
        return hours.search(volunteer, of, s, MAX_LIST).stream().map(e -> views.entry(caller, e)).toList();
    }

    private Activity activityOf(HoursEntry e) {
        return activities.find(e.activityId()).orElseThrow(() -> TimebankScope.entryNotFound(e.id()));
    }

    /**
     * Who decides: the organiser (no proxy), else the served elder's active proxy (returned); never the volunteer
     * on their own entry (403).
     */
    private Optional<Proxy> decider(Caller caller, HoursEntry e, Activity a) {
        if (scope.own(caller, e)) {
            throw DomainException.forbidden("timebank.hours.ownEntry");
        }
        if (TimebankActions.organises(caller, a)) {
            return Optional.empty();
        }
        return Optional.of(scope.proxyFor(caller, a).orElseThrow(() -> DomainException.forbidden(
                "timebank.hours.verifierOnly")));
    }

    private static String asProxy(Proxy p) {
        return ", as proxy (" + p.relation() + ") of elder " + p.elderId();
    }
}
