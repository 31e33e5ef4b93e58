package org.yiyang.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Lifecycle;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A volunteer's sign-up for an activity (one per activity and volunteer, a unique key): cancelled and taken again,
 * checked in on the day, checked out afterwards. Checking in (or out) again answers the same, changing nothing.
 */
@Entity
@Table(name = "timebank_signup")
public class Signup extends TrackedEntity {

    static final String CONFLICT = "timebank.signup.transition.invalid";
    static final String ACTIONS = "SignupAction";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timebank_signup_seq")
    @SequenceGenerator(name = "timebank_signup_seq", sequenceName = "timebank_signup_seq", allocationSize = 50)
    private Long id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SignupStatus status;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    protected Signup() {
    }

    Signup(long activityId, long volunteerId, String by, Instant at) {
        super(by, at);
        this.activityId = activityId;
        this.volunteerId = volunteerId;
        this.status = SignupStatus.SIGNED_UP;
    }

    /** The volunteer gives the place back before checking in; the slot is free again. */
    public void cancel(Activity activity, String by, Instant at) {
        requireOf(activity);
        Lifecycle.require(CONFLICT, ACTIONS, status, "cancel", SignupStatus.SIGNED_UP);
        status = SignupStatus.CANCELLED;
        activity.release(by, at);
        touched(by, at);
    }

    /** A volunteer who cancelled signs up again, if a slot is free. */
    public void signUpAgain(Activity activity, Volunteer volunteer, String by, Instant at) {
        requireOf(activity);
        Lifecycle.require(CONFLICT, ACTIONS, status, "signUp", SignupStatus.CANCELLED);
        activity.retake(volunteer, by, at);
        status = SignupStatus.SIGNED_UP;
        touched(by, at);
    }

    /** Checks in on the day; true if this changed anything (a repeated check-in changes nothing). */
    public boolean checkIn(Activity activity, String by, Instant at) {
        requireOf(activity);
        if (status == SignupStatus.CHECKED_IN || status == SignupStatus.CHECKED_OUT) {
            return false;
        }
        Lifecycle.require(CONFLICT, ACTIONS, status, "checkIn", SignupStatus.SIGNED_UP);
        activity.requireHeld("checkIn");
        activity.requireCheckInTime(at);
        status = SignupStatus.CHECKED_IN;
        checkedInAt = at.truncatedTo(ChronoUnit.MICROS);
        touched(by, at);
        return true;
    }

    /** Checks out after checking in; true if this changed anything (a repeated check-out changes nothing). */
    public boolean checkOut(Activity activity, String by, Instant at) {
        requireOf(activity);
        if (status == SignupStatus.CHECKED_OUT) {
            return false;
        }
        Lifecycle.require(CONFLICT, ACTIONS, status, "checkOut", SignupStatus.CHECKED_IN);
        activity.requireHeld("checkOut");
        status = SignupStatus.CHECKED_OUT;
        Instant out = at.truncatedTo(ChronoUnit.MICROS);
        checkedOutAt = out.isBefore(checkedInAt) ? checkedInAt : out;
        touched(by, at);
        return true;
    }

    /** The volunteer took part: checked in and out (409 otherwise). */
    void requireTookPart() {
        if (status != SignupStatus.CHECKED_OUT) {
            throw DomainException.conflict("timebank.hours.notTakenPart");
        }
    }

    private void requireOf(Activity activity) {
        if (activity.id() == null || activity.id() != activityId) {
            throw new IllegalArgumentException("sign-up " + id + " is not of activity " + activity.id());
        }
    }

    public Long id() {
        return id;
    }

    public long activityId() {
        return activityId;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public SignupStatus status() {
        return status;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }
}
