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
import java.util.Optional;
import java.util.Set;
import org.yiyang.shared.domain.Lifecycle;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A volunteer (志愿者) of a township: skills, availability, the account they log in with, and optionally the elder of
 * the registry they are (a senior volunteer, 银龄志愿者). Registered pending; approved or rejected with a reason;
 * an approved volunteer may be suspended.
 */
@Entity
@Table(name = "timebank_volunteer")
public class Volunteer extends TrackedEntity {

    public static final int MAX_NAME = 50;
    public static final int MAX_AVAILABILITY = 200;
    public static final int MAX_USERNAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timebank_volunteer_seq")
    @SequenceGenerator(name = "timebank_volunteer_seq", sequenceName = "timebank_volunteer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "skills", nullable = false, length = 200)
    private String skills;

    @Column(name = "availability", length = 200)
    private String availability;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Column(name = "elder_id")
    private Long elderId;

    @Column(name = "username", length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private VolunteerStatus status;

    @Column(name = "decision_reason", length = 200)
    private String decisionReason;

    protected Volunteer() {
    }

    /** A pending volunteer of a township. */
    public Volunteer(String name, String phone, Set<Skill> skills, String availability, String townshipCode,
                     Long elderId, String username, String by, Instant at) {
        super(by, at);
        this.name = name;
        this.phone = phone;
        this.skills = Skill.format(skills);
        this.availability = availability;
        this.townshipCode = townshipCode;
        this.elderId = elderId;
        this.username = username;
        this.status = VolunteerStatus.PENDING;
    }

    public void approve(String by, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "approve", VolunteerStatus.PENDING, VolunteerStatus.SUSPENDED);
        status = VolunteerStatus.APPROVED;
        decisionReason = null;
        touched(by, at);
    }

    public void reject(String reason, String by, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "reject", VolunteerStatus.PENDING);
        status = VolunteerStatus.REJECTED;
        decisionReason = reason;
        touched(by, at);
    }

    public void suspend(String reason, String by, Instant at) {
        Lifecycle.require(CONFLICT, ACTIONS, status, "suspend", VolunteerStatus.APPROVED);
        status = VolunteerStatus.SUSPENDED;
        decisionReason = reason;
        touched(by, at);
    }

    /** The volunteer is approved, so may take part (sign up, record hours, lead or join a team); else 409. */
    public void requireApproved(String action) {
        Lifecycle.require(CONFLICT, ACTIONS, status, action, VolunteerStatus.APPROVED);
    }

    static final String CONFLICT = "timebank.volunteer.transition.invalid";
    static final String ACTIONS = "VolunteerAction";

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public Set<Skill> skills() {
        return Skill.parse(skills);
    }

    public String availability() {
        return availability;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public Optional<Long> elderId() {
        return Optional.ofNullable(elderId);
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public VolunteerStatus status() {
        return status;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
