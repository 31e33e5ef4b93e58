package org.yiyang.visits.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.visits.domain.Alert;
import org.yiyang.visits.domain.AlertKind;
import org.yiyang.visits.domain.AlertProgress;
import org.yiyang.visits.domain.AlertRepository;
import org.yiyang.visits.domain.EnrolmentRepository;

/**
 * Extreme-weather alerts: the county administrator declares one for townships, every active red-tier elder there
 * gets a must-visit task, and the bureau and the townships follow the progress live.
 */
@Stateless
public class WeatherAlerts {

    /** Who follows alerts: the bureau and the township offices. */
    static final Role[] WATCH = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};
    static final int ALERT_LIMIT = 50;
    static final int TASK_LIMIT = 1000;

    @Inject
    AlertRepository alerts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EnrolmentViews views;

    @Inject
    VisitPolicies policies;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    /** Whether the caller may declare alerts: the county administrator. */
    public static boolean mayDeclare(Caller caller) {
        return caller.has(Role.COUNTY_ADMIN);
    }

    /**
     * Declares an alert for townships of the county: every active red-tier elder there gets a must-visit task
     * due within the county's window (default 24 hours) from the start. The caller then runs the weather
     * reminders at once.
     */
    public AlertView declareAlert(String kind, List<String> townships, Instant startsAt, Instant endsAt) {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN);
        AlertKind k = Inputs.parse(AlertKind.class, kind, "kind");
        if (k == null) {
            throw DomainException.invalid("kind", "visit.alert.kind");
        }
        if (townships == null || townships.isEmpty()) {
            throw DomainException.invalid("townships", "visit.alert.townships");
        }
        Set<String> own = new HashSet<>();
        places.townships().forEach(t -> own.add(t.code()));
        for (String t : townships) {
            if (!own.contains(t)) {
                throw DomainException.invalid("townships", "visit.alert.township.unknown", String.valueOf(t));
            }
        }
        Instant now = clock.instant();
        Instant start = startsAt == null ? now : startsAt;
        if (endsAt == null || !endsAt.isAfter(start) || endsAt.isBefore(now)) {
            throw DomainException.invalid("endsAt", "visit.alert.times");
        }
        Instant from = start.isBefore(now) ? now : start;
        Instant visitBy = from.plus(Duration.ofHours(policies.extremeWeatherHours()));
        Alert a = new Alert(k.name(), List.copyOf(new TreeSet<>(townships)), start, endsAt, visitBy,
                caller.username(), now);
        alerts.declare(a);
        return view(a, Optional.empty());
    }

    /**
     * The county's latest alerts, newest first; township staff see only the alerts that cover their township, with
     * their township's tasks and progress only.
     */
    public List<AlertView> alerts() {
        Caller caller = Access.requireCountyRole(WATCH);
        Optional<String> township = Access.townshipScope(caller);
        return alerts.latest(township, ALERT_LIMIT).stream().map(a -> view(a, township)).toList();
    }

    /** An alert and its must-visit tasks (visited or not), live; another township's alert is not found. */
    public AlertView alert(long id) {
        Caller caller = Access.requireCountyRole(WATCH);
        Optional<String> township = Access.townshipScope(caller);
        return view(find(id, township), township);
    }

    /** The alert's tasks: the elders, whether visited. */
    public List<EnrolmentView> alertTasks(long id, boolean visited) {
        Caller caller = Access.requireCountyRole(WATCH);
        find(id, Access.townshipScope(caller));
        List<Long> ids = alerts.taskEnrolments(id, visited, TASK_LIMIT);
        EnrolmentViews.Batch batch = views.batch();
        return enrolments.inOrder(ids).stream().filter(e -> EnrolmentViews.maySee(caller, e)).map(batch::view).toList();
    }

    private Alert find(long id, Optional<String> township) {
        return alerts.find(id).filter(a -> township.map(a.townships()::contains).orElse(true))
                .orElseThrow(() -> DomainException.notFound("visit.alert.notFound", String.valueOf(id)));
    }

    /** An alert with its progress: over the whole alert, or over one township's tasks (and only that township). */
    private AlertView view(Alert a, Optional<String> township) {
        AlertProgress p = alerts.progress(a.id(), township);
        List<String> townships = township.map(List::of).orElse(a.townships());
        return new AlertView(a.id(), a.kind(), townships, a.startsAt(), a.endsAt(), a.visitBy(), a.declaredBy(),
                p.tasks(), p.visited());
    }
}
