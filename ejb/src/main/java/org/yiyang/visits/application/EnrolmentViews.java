package org.yiyang.visits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.visits.domain.AlertRepository;
import org.yiyang.visits.domain.Enrolment;
import org.yiyang.visits.domain.EnrolmentRepository;
import org.yiyang.visits.domain.VisitPolicy;

/**
 * Which enrolments a caller sees, and how an enrolment is shown: with its elder, township and next due date under
 * the policy in force, and whether an alert's must-visit task is open. Shared by the visit use cases.
 */
@ApplicationScoped
public class EnrolmentViews {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    AlertRepository alerts;

    @Inject
    VisitPolicies policies;

    @Inject
    ElderDirectory elders;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    /** The enrolment if the caller sees it; else not found. */
    public Enrolment visible(Caller caller, long id) {
        return enrolments.find(id).filter(e -> maySee(caller, e))
                .orElseThrow(() -> DomainException.notFound("visit.enrolment.notFound", String.valueOf(id)));
    }

    /**
     * Whether the caller sees the enrolment: the bureau all of the county, a visitor their own elders, township
     * staff and grid workers their township's.
     */
    public static boolean maySee(Caller c, Enrolment e) {
        if (c.county().isEmpty()) {
            return false;
        }
        if (Access.countyWide(c)) {
            return true;
        }
        if (c.username().equals(e.visitorUsername())) {
            return true;
        }
        return c.hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT)
                && Access.reaches(c, e.townshipCode());
    }

    /** One enrolment as shown now. */
    public EnrolmentView view(Enrolment e) {
        return batch().view(e);
    }

    /** Views of several enrolments under one policy, day and set of open weather tasks, names looked up once. */
    public Batch batch() {
        return new Batch(policies.current(), ChinaTime.today(clock), alerts.withOpenTasks(clock.instant()));
    }

    /** Views under one reading of the policy, the day and the open weather tasks. */
    public final class Batch {
        private final VisitPolicy policy;
        private final LocalDate today;
        private final Set<Long> weather;
        private final Map<Long, Optional<ElderRef>> elderCache = new HashMap<>();
        private final Map<String, String> townships = new HashMap<>();

        private Batch(VisitPolicy policy, LocalDate today, Set<Long> weather) {
            this.policy = policy;
            this.today = today;
            this.weather = weather;
        }

        /** When the enrolment's next visit is due. */
        public LocalDate dueOn(Enrolment e) {
            return policy.dueOn(e.tier(), e.enrolledOn(), e.lastVisitedOn());
        }

        public VisitPolicy policy() {
            return policy;
        }

        public LocalDate today() {
            return today;
        }

        /** Whether the enrolment has an open must-visit task. */
        public boolean weatherTask(Enrolment e) {
            return weather.contains(e.id());
        }

        public EnrolmentView view(Enrolment e) {
            Optional<ElderRef> elder = elderCache.computeIfAbsent(e.elderId(), elders::find);
            LocalDate due = dueOn(e);
            return new EnrolmentView(e.id(), e.elderId(), elder.map(ElderRef::name).orElse(""),
                    elder.map(ElderRef::idNumberMasked).orElse(""), e.townshipCode(), township(e.townshipCode()),
                    e.suggestedTier().name(), e.tier().name(), e.tierReason(), e.livesElsewhere(), e.visitorUsername(),
                    e.visitorName(), e.visitorPhone(), e.caregiverName(), e.caregiverPhone(), e.careDuties(),
                    e.careFrom(), e.careTo(), e.enrolledOn(), e.lastVisitedOn(), due,
                    Math.max(0, ChronoUnit.DAYS.between(due, today)), weatherTask(e), e.version());
        }

        private String township(String code) {
            return townships.computeIfAbsent(code, c -> places.township(c).map(Township::name).orElse(c));
        }
    }
}
