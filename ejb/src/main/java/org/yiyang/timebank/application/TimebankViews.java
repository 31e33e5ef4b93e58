package org.yiyang.timebank.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.shared.application.Inputs;
import org.yiyang.tenancy.Caller;
import org.yiyang.timebank.domain.Activity;
import org.yiyang.timebank.domain.ActivityRepository;
import org.yiyang.timebank.domain.HoursEntry;
import org.yiyang.timebank.domain.Proxy;
import org.yiyang.timebank.domain.Signup;
import org.yiyang.timebank.domain.Skill;
import org.yiyang.timebank.domain.Team;
import org.yiyang.timebank.domain.TeamRepository;
import org.yiyang.timebank.domain.Volunteer;
import org.yiyang.timebank.domain.VolunteerRepository;

/** The time bank's records as their views, with the steps the caller may take on them now. */
@Dependent
class TimebankViews {

    @Inject
    ElderDirectory elders;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TeamRepository teams;

    @Inject
    ActivityRepository activities;

    @Inject
    TimebankScope scope;

    /** The registry's elder behind a senior volunteer is shown to the staff only. */
    VolunteerView volunteer(Caller caller, Volunteer v) {
        Optional<ElderRef> elder = TimebankActions.isStaff(caller) ? v.elderId().flatMap(elders::find)
                : Optional.empty();
        return new VolunteerView(v.id(), v.name(), v.phone(), names(v.skills()), v.availability(), v.townshipCode(),
                v.elderId().isPresent(), elder.map(ElderRef::id).orElse(null), elder.map(ElderRef::name).orElse(null),
                elder.map(ElderRef::idNumberMasked).orElse(null), v.username().orElse(null), v.status().name(),
                v.decisionReason(), v.version(), names(TimebankActions.allowed(caller, v)));
    }

    TeamView team(Team t) {
        List<TeamView.Member> members = teams.members(t.id()).stream().map(m -> new TeamView.Member(m.volunteerId(),
                nameOf(m.volunteerId()), m.joinedAt())).toList();
        return new TeamView(t.id(), t.name(), t.townshipCode(), t.leaderId(), nameOf(t.leaderId()), members);
    }

    ActivityView activity(Caller caller, Activity a) {
        Optional<Volunteer> me = scope.me(caller);
        Optional<Signup> mine = me.flatMap(v -> activities.signup(a.id(), v.id()));
        return new ActivityView(a.id(), a.title(), a.startsAt(), a.endsAt(), a.townshipCode(), a.villageCode(),
                a.slots(), a.taken(), names(a.skills()), a.elderId().orElse(null),
                a.elderId().flatMap(elders::find).map(ElderRef::name).orElse(null), a.teamId().orElse(null),
                a.organiser(), a.status().name(), a.cancelReason(), a.version(), mine.map(this::signup).orElse(null),
                names(TimebankActions.allowed(caller, a, me, mine)));
    }

    SignupView signup(Signup s) {
        return new SignupView(s.id(), s.activityId(), s.volunteerId(), nameOf(s.volunteerId()), s.status().name(),
                s.checkedInAt(), s.checkedOutAt());
    }

    HoursView entry(Caller caller, HoursEntry e) {
        Activity a = activities.find(e.activityId()).orElseThrow();
        Set<TimebankAction> allowed = TimebankActions.allowed(caller, e, a, scope.proxyFor(caller, a).isPresent(),
                scope.own(caller, e));
        return new HoursView(e.id(), e.volunteerId(), nameOf(e.volunteerId()), a.id(), a.title(), e.serviceDay(),
                e.minutes(), e.note(), e.status().name(), e.decidedBy(), e.decidedAt(), e.byProxy(), e.rejectReason(),
                e.reversedBy(), e.reversedAt(), e.reverseReason(), e.minRuleVersion(), e.maxRuleVersion(),
                e.version(), names(allowed));
    }

    ProxyView proxy(Proxy p) {
        return new ProxyView(p.id(), p.elderId(), elders.find(p.elderId()).map(ElderRef::name).orElse(null),
                p.username(), p.name(), p.relation().name(), p.active(), p.endedReason());
    }

    private String nameOf(long volunteerId) {
        return volunteers.find(volunteerId).map(Volunteer::name).orElse(null);
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    /** Skills named in an input, parsed once ({@code field} names the input on a 400). */
    static Set<Skill> skills(List<String> names, String field) {
        Set<Skill> s = EnumSet.noneOf(Skill.class);
        if (names != null) {
            for (String n : names) {
                Skill k = Inputs.parse(Skill.class, n, field);
                if (k != null) {
                    s.add(k);
                }
            }
        }
        return s;
    }
}
