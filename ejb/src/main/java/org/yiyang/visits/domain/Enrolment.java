package org.yiyang.visits.domain;

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
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A special-hardship elder in the visit programme: the risk tier (suggested by rules, overridable with a
 * reason), the responsible visitor, an optional caregiver under a care agreement, and the last visit.
 */
@Entity
@Table(name = "visits_enrolment")
public class Enrolment extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visits_enrolment_seq")
    @SequenceGenerator(name = "visits_enrolment_seq", sequenceName = "visits_enrolment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_tier", nullable = false, length = 8)
    private RiskTier suggestedTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 8)
    private RiskTier tier;

    @Column(name = "tier_reason", length = 200)
    private String tierReason;

    @Column(name = "lives_elsewhere", nullable = false)
    private boolean livesElsewhere;

    @Column(name = "visitor_username", nullable = false, length = 100)
    private String visitorUsername;

    @Column(name = "visitor_name", nullable = false, length = 40)
    private String visitorName;

    @Column(name = "visitor_phone", length = 20)
    private String visitorPhone;

    @Column(name = "caregiver_name", length = 40)
    private String caregiverName;

    @Column(name = "caregiver_phone", length = 20)
    private String caregiverPhone;

    @Column(name = "care_duties", length = 500)
    private String careDuties;

    @Column(name = "care_from")
    private LocalDate careFrom;

    @Column(name = "care_to")
    private LocalDate careTo;

    @Column(name = "enrolled_on", nullable = false, updatable = false)
    private LocalDate enrolledOn;

    @Column(name = "last_visited_on")
    private LocalDate lastVisitedOn;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Enrolment() {
    }

    public Enrolment(long elderId, String townshipCode, RiskTier suggested, boolean livesElsewhere, LocalDate enrolledOn,
                     String by, Instant at) {
        super(by, at);
        this.elderId = elderId;
        this.townshipCode = townshipCode;
        this.suggestedTier = suggested;
        this.tier = suggested;
        this.livesElsewhere = livesElsewhere;
        this.enrolledOn = enrolledOn;
        this.active = true;
    }

    /** The tier in force: the suggestion, or an official's override with a reason. */
    public void setTier(RiskTier chosen, String reason, String by, Instant at) {
        if (chosen != suggestedTier && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("tierReason", "visit.tier.reasonRequired");
        }
        this.tier = chosen;
        this.tierReason = chosen == suggestedTier ? null : reason;
        touched(by, at);
    }

    /** The rules' suggestion changed (the elder's attributes did); an override stays. */
    public void resuggest(RiskTier suggested, String by, Instant at) {
        boolean overridden = tier != suggestedTier;
        this.suggestedTier = suggested;
        if (!overridden) {
            this.tier = suggested;
        }
        touched(by, at);
    }

    public void assignVisitor(String username, String name, String phone, String by, Instant at) {
        this.visitorUsername = username;
        this.visitorName = name;
        this.visitorPhone = phone;
        touched(by, at);
    }

    public void careAgreement(String name, String phone, String duties, LocalDate from, LocalDate to, String by,
                              Instant at) {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainException.invalid("careTo", "visit.care.dates");
        }
        this.caregiverName = name;
        this.caregiverPhone = phone;
        this.careDuties = duties;
        this.careFrom = from;
        this.careTo = to;
        touched(by, at);
    }

    /** A visit was recorded on this day. */
    public void visited(LocalDate day, String by, Instant at) {
        if (lastVisitedOn == null || day.isAfter(lastVisitedOn)) {
            this.lastVisitedOn = day;
            touched(by, at);
        }
    }

    public Long id() {
        return id;
    }

    public long elderId() {
        return elderId;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public RiskTier suggestedTier() {
        return suggestedTier;
    }

    public RiskTier tier() {
        return tier;
    }

    public String tierReason() {
        return tierReason;
    }

    public boolean livesElsewhere() {
        return livesElsewhere;
    }

    public String visitorUsername() {
        return visitorUsername;
    }

    public String visitorName() {
        return visitorName;
    }

    public String visitorPhone() {
        return visitorPhone;
    }

    public String caregiverName() {
        return caregiverName;
    }

    public String caregiverPhone() {
        return caregiverPhone;
    }

    public String careDuties() {
        return careDuties;
    }

    public LocalDate careFrom() {
        return careFrom;
    }

    public LocalDate careTo() {
        return careTo;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public LocalDate lastVisitedOn() {
        return lastVisitedOn;
    }

    public boolean active() {
        return active;
    }
}
