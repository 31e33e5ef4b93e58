package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Village;
import org.yiyang.timebank.domain.Activity;
import org.yiyang.timebank.domain.ActivityRepository;
import org.yiyang.timebank.domain.ActivityStatus;
import org.yiyang.timebank.domain.Team;
import org.yiyang.timebank.domain.TeamRepository;
import org.yiyang.timebank.domain.Volunteer;

/**
 * Activities: published in a village by the township office or a grid worker of the township, or by the leader of a
 * team of the township (for the team), optionally serving an elder of the publisher's reach; closed to sign-ups or
 * cancelled with a reason by the organiser. Volunteers read every activity of the county, the staff those of their
 * reach, the organiser the sign-ups.
 */
@Stateless
public class Activities {

    static final int MAX_LIST = 500;

    @Inject
    ActivityRepository activities;

    @Inject
    TeamRepository teams;

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

    public ActivityView publish(PublishActivity in) {
        Caller caller = Access.requireCountyRole("timebank.activity.publisherOnly", Role.TOWNSHIP_STAFF,
                Role.VILLAGE_ASSISTANT, Role.VOLUNTEER);
        String title = Inputs.text(in.title(), Activity.MAX_TITLE, "title");
        if (title == null) {
            throw DomainException.invalid("title", "timebank.activity.title.required");
        }
        String code = Inputs.blank(in.villageCode());
        if (code == null) {
            throw DomainException.invalid("villageCode", "timebank.activity.village.required");
        }
        Village village = places.village(code.strip()).orElseThrow(() -> DomainException.invalid("villageCode",
                "village.unknown", code.strip()));
        Long teamId = publisherTeam(caller, village, in.teamId());
        Long elderId = null;
        if (in.elderId() != null) {
            Optional<ElderRef> elder = teamId == null ? elders.findInReach(caller, in.elderId())
                    : elders.find(in.elderId()).filter(e -> e.townshipCode().equals(village.townshipCode()));
            elderId = elder.filter(ElderRef::active).map(ElderRef::id).orElseThrow(() -> DomainException.invalid(
                    "elderId", "elder.notFound", String.valueOf(in.elderId())));
        }
        if (in.slots() == null) {
            throw DomainException.invalid("slots", "timebank.activity.slots.invalid", Activity.MAX_SLOTS);
        }
        Activity a = new Activity(title, in.startsAt(), in.endsAt(), village.townshipCode(), village.code(),
                in.slots(), TimebankViews.skills(in.skills(), "skills"), elderId, teamId, caller.username(),
                clock.instant());
        activities.store(a);
        audit.record("TIMEBANK_ACTIVITY_PUBLISHED", "activity", a.id(), title + " in " + village.code() + ", "
                + a.slots() + " slots" + (teamId == null ? "" : ", team " + teamId)
                + (elderId == null ? "" : ", serving elder " + elderId));
        return views.activity(caller, a);
    }

    /**
     * The team a volunteer publishing leads (named, or their only team), of the village's township; the staff
     * publish in their own township, without a team.
     */
    private Long publisherTeam(Caller caller, Village village, Long teamId) {
        if (TimebankActions.publishes(caller, village.townshipCode())) {
            return null;
        }
        if (!caller.has(Role.VOLUNTEER)) {
            throw DomainException.forbidden("timebank.township.outOfReach");
        }
        Volunteer me = scope.requireMe(caller);
        me.requireApproved("publish");
        List<Team> led = teams.ledBy(me.id()).stream().filter(t -> teamId == null || t.id().equals(teamId))
                .toList();
        if (led.isEmpty()) {
            throw DomainException.forbidden("timebank.activity.publisherOnly");
        }
        Team team = led.get(0);
        if (!team.townshipCode().equals(village.townshipCode())) {
            throw DomainException.invalid("villageCode", "timebank.activity.village.outsideTeam");
        }
        return team.id();
    }

    public ActivityView close(long id) {
        Caller caller = TimebankActions.requireCountyCaller();
        Activity a = toOrganise(caller, id);
        a.close(caller.username(), clock.instant());
        audit.record("TIMEBANK_ACTIVITY_CLOSED", "activity", a.id(), a.taken() + " of " + a.slots() + " slots taken");
        return views.activity(caller, a);
    }

    public ActivityView cancel(long id, String reason) {
        Caller caller = TimebankActions.requireCountyCaller();
        Activity a = toOrganise(caller, id);
        String why = Inputs.reason(reason);
        a.cancel(why, caller.username(), clock.instant());
        audit.record("TIMEBANK_ACTIVITY_CANCELLED", "activity", a.id(), why);
        return views.activity(caller, a);
    }

    public ActivityView activity(long id) {
        Caller caller = TimebankActions.requireCountyCaller();
        return views.activity(caller, scope.activity(caller, id));
    }

    /**
     * Activities, latest first: a volunteer's of the whole county (open ones unless a status is named), the staff's
     * of their reach, a team leader's own.
     */
    public List<ActivityView> activities(String township, String status) {
        Caller caller = TimebankActions.requireCountyCaller();
        Optional<ActivityStatus> s = Optional.ofNullable(Inputs.parse(ActivityStatus.class, status, "status"));
        Optional<String> wanted = Optional.ofNullable(Inputs.blank(township)).map(String::strip);
        List<Activity> found;
        if (TimebankActions.isStaff(caller)) {
            Optional<String> own = Access.townshipScope(caller);
            if (own.isPresent() && wanted.isPresent() && !own.equals(wanted)) {
                return List.of();
            }
            found = activities.search(own.or(() -> wanted), s, Optional.empty(), MAX_LIST);
        } else if (caller.has(Role.VOLUNTEER)) {
            found = activities.search(wanted, s.or(() -> Optional.of(ActivityStatus.OPEN)), Optional.empty(),
                    MAX_LIST);
        } else {
            throw DomainException.forbidden("access.forbidden");
        }
        return found.stream().map(a -> views.activity(caller, a)).toList();
    }

    /** The sign-ups of an activity, for its organiser and the staff of its reach. */
    public List<SignupView> signups(long id) {
        Caller caller = TimebankActions.requireCountyCaller();
        Activity a = scope.activity(caller, id);
        if (!TimebankActions.organises(caller, a) && !TimebankActions.isStaff(caller)) {
            throw DomainException.forbidden("timebank.activity.organiserOnly");
        }
        return activities.signups(a.id()).stream().map(views::signup).toList();
    }

    private Activity toOrganise(Caller caller, long id) {
        Activity a = scope.activity(caller, id);
        if (!TimebankActions.organises(caller, a)) {
            throw DomainException.forbidden("timebank.activity.organiserOnly");
        }
        return a;
    }
}
