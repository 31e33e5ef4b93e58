package org.yiyang.visits.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.Enrolment;
import org.yiyang.visits.domain.EnrolmentRepository;
import org.yiyang.visits.domain.Reminder;
import org.yiyang.visits.domain.ReminderStore;

/**
 * What a visitor has to do: their elders due soon, overdue or with an open weather task; the township's overdue
 * board; and the inbox of reminders (the township's escalations too, for township staff), read or unread.
 */
@Stateless
public class VisitorInbox {

    /** How far ahead the visitor's list looks. */
    static final int TASK_HORIZON_DAYS = 7;
    static final int LIST_LIMIT = 200;
    /** The most of a visitor's enrolments one list weighs. */
    static final int VISITOR_LIMIT = 2000;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ReminderStore reminders;

    @Inject
    EnrolmentViews views;

    @Inject
    ElderDirectory elders;

    @Inject
    Clock clock;

    /**
     * The calling visitor's elders due within a week, overdue, or with an open weather task — most urgent first
     * (weather tasks, then by due date).
     */
    public List<EnrolmentView> myTasks() {
        Caller caller = TenantScope.requireCaller();
        if (caller.county().isEmpty()) {
            throw DomainException.forbidden("access.forbidden");
        }
        EnrolmentViews.Batch batch = views.batch();
        List<Enrolment> mine = enrolments.activeOfVisitor(caller.username(), VISITOR_LIMIT);
        return mine.stream()
                .filter(e -> batch.weatherTask(e)
                        || !batch.dueOn(e).isAfter(batch.today().plusDays(TASK_HORIZON_DAYS)))
                .map(batch::view)
                .sorted((a, b) -> a.weatherTask() != b.weatherTask() ? (a.weatherTask() ? -1 : 1)
                        : a.dueOn().compareTo(b.dueOn()))
                .toList();
    }

    /** Overdue elders of the township (county-wide for the bureau), longest overdue first. */
    public List<EnrolmentView> overdue() {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT);
        Optional<String> township = Access.countyWide(caller) ? Optional.empty() : Optional.of(ownTownship(caller));
        EnrolmentViews.Batch batch = views.batch();
        List<Long> ids = enrolments.overdue(batch.policy(), batch.today(), township, LIST_LIMIT);
        return enrolments.inOrder(ids).stream().map(batch::view).toList();
    }

    /** The caller's inbox: their own reminders and, for township staff, the township's escalations. */
    public List<ReminderView> inbox() {
        Caller caller = TenantScope.requireCaller();
        String county = caller.county().orElseThrow(() -> DomainException.forbidden("access.forbidden"));
        Map<Long, String> names = new HashMap<>();
        return reminders.inbox(county, caller.username(), group(caller), LIST_LIMIT).stream()
                .map(r -> view(r, names.computeIfAbsent(r.elderId(), id -> elders.find(id).map(ElderRef::name)
                        .orElse(null))))
                .toList();
    }

    public void markRead(long reminderId) {
        Caller caller = TenantScope.requireCaller();
        String county = caller.county().orElseThrow(() -> DomainException.forbidden("access.forbidden"));
        if (!reminders.markRead(county, reminderId, caller.username(), group(caller), clock.instant())) {
            throw DomainException.notFound("visit.reminder.notFound", String.valueOf(reminderId));
        }
    }

    /** The group inbox a caller reads too: their township's, for township staff; none ("-") for others. */
    private static String group(Caller caller) {
        return caller.has(Role.TOWNSHIP_STAFF) ? caller.township().map(t -> "township:" + t).orElse("-") : "-";
    }

    private static ReminderView view(Reminder r, String elderName) {
        return new ReminderView(r.id(), r.kind(), r.enrolmentId(), elderName, r.dueOn(), r.createdAt(), r.read());
    }

    private static String ownTownship(Caller c) {
        return c.township().orElseThrow(() -> DomainException.forbidden("access.noTownship"));
    }
}
