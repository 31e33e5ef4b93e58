package org.yiyang.web.timebank;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.timebank.application.AccountView;
import org.yiyang.timebank.application.Activities;
import org.yiyang.timebank.application.ActivityView;
import org.yiyang.timebank.application.HoursEntries;
import org.yiyang.timebank.application.HoursView;
import org.yiyang.timebank.application.RecordHours;
import org.yiyang.timebank.application.Signups;
import org.yiyang.timebank.application.TimebankAccounts;
import org.yiyang.timebank.application.VolunteerView;
import org.yiyang.timebank.application.Volunteers;
import org.yiyang.web.faces.Faces;

/**
 * The volunteer's own page, made for a phone: the open activities of their township to sign up for, their own
 * activities to check in and out of and record hours for, their entries and their balance. The buttons follow the
 * steps the views allow.
 */
@Named
@ViewScoped
public class VolunteerPageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Volunteers volunteers;

    @Inject
    transient Activities activities;

    @Inject
    transient Signups signups;

    @Inject
    transient HoursEntries hoursEntries;

    @Inject
    transient TimebankAccounts accounts;

    private VolunteerView me;
    private List<ActivityView> open = List.of();
    private List<ActivityView> mine = List.of();
    private List<HoursView> entries = List.of();
    private long balance;
    private Long recordFor;
    private Integer minutes;
    private String note;

    public void load() {
        try {
            me = volunteers.me();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                Faces.show(e, null);
            }
            // a volunteer account whose person the township has not registered yet: the page says so
            return;
        }
        try {
            refresh();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** Whether the signed-in volunteer's person is registered (the page shows their work), or not yet. */
    public boolean isRegistered() {
        return me != null;
    }

    private void refresh() {
        List<ActivityView> all = Stream.concat(activities.activities(me.townshipCode(), "OPEN").stream(),
                activities.activities(me.townshipCode(), "CLOSED").stream()).toList();
        open = all.stream().filter(a -> a.actions().contains("SIGN_UP")).toList();
        mine = all.stream().filter(a -> a.mySignup() != null && !"CANCELLED".equals(a.mySignup().status()))
                .toList();
        entries = hoursEntries.entries(null, null);
        balance = accounts.mine().stream().filter(a -> "HOURS".equals(a.unit())).mapToLong(AccountView::balance)
                .sum();
    }

    public void signUp(long activityId) {
        step(() -> signups.signUp(activityId, null), "timebank.me.signedUp");
    }

    public void cancel(long activityId) {
        step(() -> signups.cancel(activityId, null), "timebank.me.cancelled");
    }

    public void checkIn(long activityId) {
        step(() -> signups.checkIn(activityId), "timebank.me.checkedIn");
    }

    public void checkOut(long activityId) {
        step(() -> signups.checkOut(activityId), "timebank.me.checkedOut");
    }

    /** Opens the hours form for one of the volunteer's activities. */
    public void askHours(long activityId) {
        recordFor = activityId;
        minutes = null;
        note = null;
    }

    public void record() {
        try {
            hoursEntries.record(new RecordHours(recordFor, minutes, note));
            recordFor = null;
            Faces.info("timebank.me.recorded");
            refresh();
        } catch (DomainException e) {
            Faces.show(e, "hoursForm");
        }
    }

    private void step(Runnable action, String done) {
        try {
            action.run();
            Faces.info(done);
            refresh();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** Whether the volunteer has already recorded (counting) hours for the activity. */
    public boolean recorded(long activityId) {
        return entries.stream().anyMatch(e -> e.activityId() == activityId && ("PENDING".equals(e.status())
                || "VERIFIED".equals(e.status())));
    }

    public VolunteerView getMe() {
        return me;
    }

    public List<ActivityView> getOpen() {
        return open;
    }

    public List<ActivityView> getMine() {
        return mine;
    }

    public List<HoursView> getEntries() {
        return entries;
    }

    /** The balance of banked hours, in minutes. */
    public long getBalance() {
        return balance;
    }

    /** The balance in hours, to one decimal. */
    public String getBalanceHours() {
        return BigDecimal.valueOf(balance).divide(BigDecimal.valueOf(60), 1, RoundingMode.DOWN).toPlainString();
    }

    public Long getRecordFor() {
        return recordFor;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
