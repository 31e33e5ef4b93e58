package org.yiyang.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.visits.application.EnrolmentView;
import org.yiyang.visits.application.ReminderView;
import org.yiyang.visits.application.VisitorInbox;
import org.yiyang.web.faces.Faces;

/** The visitor's list (weather must-visits, overdue, today, the coming week) and inbox; made for a phone. */
@Named
@ViewScoped
public class VisitTasksView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    java.time.Clock clock;

    @Inject
    transient VisitorInbox visitorInbox;

    private List<EnrolmentView> tasks = List.of();
    private List<ReminderView> inbox = List.of();
    private List<EnrolmentView> overdue = List.of();

    public void load() {
        try {
            tasks = visitorInbox.myTasks();
            inbox = visitorInbox.inbox();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** The township's (or county's) overdue board. */
    public void loadOverdue() {
        try {
            overdue = visitorInbox.overdue();
            inbox = visitorInbox.inbox();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void read(long id) {
        try {
            visitorInbox.markRead(id);
            inbox = visitorInbox.inbox();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public LocalDate getToday() {
        return org.yiyang.shared.domain.ChinaTime.today(clock);
    }

    public List<EnrolmentView> getTasks() {
        return tasks;
    }

    public List<ReminderView> getInbox() {
        return inbox;
    }

    public List<EnrolmentView> getOverdue() {
        return overdue;
    }

    public long getUnread() {
        return inbox.stream().filter(r -> !r.read()).count();
    }
}
