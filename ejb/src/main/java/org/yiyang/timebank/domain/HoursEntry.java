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
import java.time.LocalDate;
import java.util.function.ToIntFunction;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.Lifecycle;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * The minutes a volunteer records for an activity they took part in, counted on the day (China time) they checked
 * in, under the rules in force (their versions are kept). The organiser or the served elder's proxy verifies or
 * rejects it with a reason; a verified entry is never changed: a correction reverses it, and the volunteer records
 * the right minutes anew.
 */
@Entity
@Table(name = "timebank_hours")
public class HoursEntry extends TrackedEntity {

    public static final int MAX_NOTE = 200;

    static final String CONFLICT = "timebank.hours.transition.invalid";
    static final String ACTIONS = "HoursAction";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timebank_hours_seq")
    @SequenceGenerator(name = "timebank_hours_seq", sequenceName = "timebank_hours_seq", allocationSize = 50)
    private Long id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "signup_id", nullable = false, updatable = false)
    private long signupId;

    @Column(name = "service_day", nullable = false, updatable = false)
    private LocalDate serviceDay;

    @Column(name = "minutes", nullable = false, updatable = false)
    private int minutes;

    @Column(name = "note", length = 200, updatable = false)
    private String note;

    @Column(name = "min_rule_version", nullable = false, updatable = false)
    private int minRuleVersion;

    @Column(name = "max_rule_version", nullable = false, updatable = false)
    private int maxRuleVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private HoursStatus status;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "by_proxy", nullable = false)
    private boolean byProxy;

    @Column(name = "reject_reason", length = 200)
    private String rejectReason;

    @Column(name = "reversed_by", length = 100)
    private String reversedBy;

    @Column(name = "reversed_at")
    private Instant reversedAt;

    @Column(name = "reverse_reason", length = 200)
    private String reverseReason;

    protected HoursEntry() {
    }

    private HoursEntry(Signup signup, LocalDate serviceDay, int minutes, String note, HoursRules rules, String by,
                       Instant at) {
        super(by, at);
        this.volunteerId = signup.volunteerId();
        this.activityId = signup.activityId();
        this.signupId = signup.id();
        this.serviceDay = serviceDay;
        this.minutes = minutes;
        this.note = note;
        this.minRuleVersion = rules.minVersion();
        this.maxRuleVersion = rules.maxVersion();
        this.status = HoursStatus.PENDING;
    }

    /** The China day an entry of this sign-up counts on: the day the volunteer checked in. */
    public static LocalDate serviceDayOf(Signup signup) {
        return ChinaTime.dayOf(signup.checkedInAt());
    }

    /**
     * A pending entry of a volunteer who took part in a held activity (checked in and out), checked against the rules
     * with the minutes the volunteer has already on that day ({@code alreadyOn}, asked for the service day).
     */
    public static HoursEntry record(Activity activity, Signup signup, Integer minutes, String note, HoursRules rules,
                                    ToIntFunction<LocalDate> alreadyOn, String by, Instant at) {
        activity.requireHeld("recordHours");
        signup.requireTookPart();
        LocalDate day = serviceDayOf(signup);
        int m = rules.check(minutes, alreadyOn.applyAsInt(day));
        return new HoursEntry(signup, day, m, note, rules, by, at);
    }

    public void verify(String by, boolean proxy, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "verify", HoursStatus.PENDING);
        decide(HoursStatus.VERIFIED, by, proxy, at);
    }

    public void reject(String reason, String by, boolean proxy, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "reject", HoursStatus.PENDING);
        decide(HoursStatus.REJECTED, by, proxy, at);
        rejectReason = reason;
    }

    /** A verified entry found wrong: its minutes go back out of the volunteer's hours (the entry is kept). */
    public void reverse(String reason, String by, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "reverse", HoursStatus.VERIFIED);
        status = HoursStatus.REVERSED;
        reversedBy = by;
        reversedAt = at;
        reverseReason = reason;
        touched(by, at);
    }

    private void decide(HoursStatus to, String by, boolean proxy, Instant at) {
        status = to;
        decidedBy = by;
        decidedAt = at;
        byProxy = proxy;
        touched(by, at);
    }

    /** Whether the entry counts towards the day's limit: pending or verified. */
    public boolean counts() {
        return status == HoursStatus.PENDING || status == HoursStatus.VERIFIED;
    }

    public Long id() {
        return id;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public long activityId() {
        return activityId;
    }

    public long signupId() {
        return signupId;
    }

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public int minutes() {
        return minutes;
    }

    public String note() {
        return note;
    }

    public int minRuleVersion() {
        return minRuleVersion;
    }

    public int maxRuleVersion() {
        return maxRuleVersion;
    }

    public HoursStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean byProxy() {
        return byProxy;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public String reversedBy() {
        return reversedBy;
    }

    public Instant reversedAt() {
        return reversedAt;
    }

    public String reverseReason() {
        return reverseReason;
    }
}
