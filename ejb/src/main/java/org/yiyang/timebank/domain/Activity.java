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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Lifecycle;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A volunteer activity (志愿服务活动) in a village: its time, the slots it has and how many are taken (never more than
 * the slots: the table checks it, and a sign-up holds the activity's row), the skills it wants, optionally the elder
 * it serves, and who published it (the organiser) and for which team.
 */
@Entity
@Table(name = "timebank_activity")
public class Activity extends TrackedEntity {

    public static final int MAX_TITLE = 100;
    public static final int MAX_SLOTS = 500;
    /** How long before its start a volunteer may check in. */
    public static final Duration CHECK_IN_AHEAD = Duration.ofHours(2);

    static final String CONFLICT = "timebank.activity.transition.invalid";
    static final String ACTIONS = "ActivityAction";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timebank_activity_seq")
    @SequenceGenerator(name = "timebank_activity_seq", sequenceName = "timebank_activity_seq", allocationSize = 50)
    private Long id;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "slots", nullable = false)
    private int slots;

    @Column(name = "taken", nullable = false)
    private int taken;

    @Column(name = "skills", nullable = false, length = 200)
    private String skills;

    @Column(name = "elder_id")
    private Long elderId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "organiser", nullable = false, length = 100, updatable = false)
    private String organiser;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ActivityStatus status;

    @Column(name = "cancel_reason", length = 200)
    private String cancelReason;

    protected Activity() {
    }

    /**
     * An open activity; it ends after it starts and has not ended yet, and has 1 to {@value #MAX_SLOTS} slots
     * (400 otherwise).
     */
    public Activity(String title, Instant startsAt, Instant endsAt, String townshipCode, String villageCode, int slots,
                    Set<Skill> skills, Long elderId, Long teamId, String organiser, Instant at) {
        super(organiser, at);
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("endsAt", "timebank.activity.time.invalid");
        }
        if (!endsAt.isAfter(at)) {
            throw DomainException.invalid("endsAt", "timebank.activity.time.past");
        }
        if (slots < 1 || slots > MAX_SLOTS) {
            throw DomainException.invalid("slots", "timebank.activity.slots.invalid", MAX_SLOTS);
        }
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.townshipCode = townshipCode;
        this.villageCode = villageCode;
        this.slots = slots;
        this.skills = Skill.format(skills);
        this.elderId = elderId;
        this.teamId = teamId;
        this.organiser = organiser;
        this.status = ActivityStatus.OPEN;
    }

    /** A volunteer takes a slot of the open activity; a full one refuses (409). */
    public Signup signUp(Volunteer volunteer, String by, Instant at) {
        take(volunteer, at);
        touched(by, at);
        return new Signup(id, volunteer.id(), by, at);
    }

    /** A volunteer who cancelled signs up again: a slot is taken again. */
    void retake(Volunteer volunteer, String by, Instant at) {
        take(volunteer, at);
        touched(by, at);
    }

    private void take(Volunteer volunteer, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "signUp", ActivityStatus.OPEN);
        volunteer.requireApproved("signUp");
        if (!endsAt.isAfter(at)) {
            throw DomainException.conflict("timebank.activity.ended");
        }
        if (taken >= slots) {
            throw DomainException.conflict("timebank.activity.full", slots);
        }
        taken++;
    }

    /** A cancelled sign-up gives its slot back. */
    void release(String by, Instant at) {
        taken--;
        touched(by, at);
    }

    /** No more sign-ups; the volunteers who took part still record their hours. */
    public void close(String by, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "close", ActivityStatus.OPEN);
        status = ActivityStatus.CLOSED;
        touched(by, at);
    }

    /** The activity does not take place: nobody checks in or records hours for it. */
    public void cancel(String reason, String by, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "cancel", ActivityStatus.OPEN, ActivityStatus.CLOSED);
        status = ActivityStatus.CANCELLED;
        cancelReason = reason;
        touched(by, at);
    }

    /** The activity took or takes place (not cancelled): check-in, check-out and hours need it (409). */
    void requireHeld(String action) {
        Lifecycle.require(CONFLICT, ACTIONS, status, action, ActivityStatus.OPEN, ActivityStatus.CLOSED);
    }

    /** A volunteer checks in from {@link #CHECK_IN_AHEAD} before the start until the end (409 otherwise). */
    void requireCheckInTime(Instant at) {
        if (at.isBefore(startsAt.minus(CHECK_IN_AHEAD)) || at.isAfter(endsAt)) {
            throw DomainException.conflict("timebank.checkIn.outsideTime");
        }
    }

    public boolean organisedBy(String username) {
        return organiser.equals(username);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String villageCode() {
        return villageCode;
    }

    public int slots() {
        return slots;
    }

    public int taken() {
        return taken;
    }

    public Set<Skill> skills() {
        return Skill.parse(skills);
    }

    public Optional<Long> elderId() {
        return Optional.ofNullable(elderId);
    }

    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }

    public String organiser() {
        return organiser;
    }

    public ActivityStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
