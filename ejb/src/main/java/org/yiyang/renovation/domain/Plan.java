package org.yiyang.renovation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Lifecycle;
import org.yiyang.shared.domain.Money;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A household's renovation plan from application to settlement. Each transition checks where the plan
 * stands and refuses what does not follow; money is exact and subsidy + self-pay always equals the total.
 */
@Entity
@Table(name = "renovation_plan")
public class Plan extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renovation_plan_seq")
    @SequenceGenerator(name = "renovation_plan_seq", sequenceName = "renovation_plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 16, updatable = false)
    private ApplicantKind applicantKind;

    @Column(name = "applicant_name", length = 40, updatable = false)
    private String applicantName;

    @Column(name = "applicant_phone", length = 20, updatable = false)
    private String applicantPhone;

    @Column(name = "request_notes", length = 500, updatable = false)
    private String requestNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PlanStatus status;

    @Column(name = "assessed_by", length = 100)
    private String assessedBy;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "assessment_notes", length = 500)
    private String assessmentNotes;

    @Column(name = "total", nullable = false, precision = 10, scale = 2)
    private BigDecimal total;

    @Column(name = "subsidy", precision = 10, scale = 2)
    private BigDecimal subsidy;

    @Column(name = "self_pay", precision = 10, scale = 2)
    private BigDecimal selfPay;

    @Column(name = "cap", precision = 10, scale = 2)
    private BigDecimal cap;

    @Column(name = "cap_version")
    private Integer capVersion;

    @Column(name = "remaining_before", precision = 10, scale = 2)
    private BigDecimal remainingBefore;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "contractor_id")
    private Long contractorId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completion_notes", length = 500)
    private String completionNotes;

    @Column(name = "accepted_by", length = 100)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "settled_by", length = 100)
    private String settledBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "closing_reason", length = 200)
    private String closingReason;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PlanItem> items = new ArrayList<>();

    protected Plan() {
    }

    /** A new application for the household an elder lives in. */
    public Plan(long householdId, long elderId, String townshipCode, ApplicantKind applicantKind,
                String applicantName, String applicantPhone, String requestNotes, String by, Instant at) {
        super(by, at);
        this.householdId = householdId;
        this.elderId = elderId;
        this.townshipCode = townshipCode;
        this.applicantKind = applicantKind;
        this.applicantName = applicantName;
        this.applicantPhone = applicantPhone;
        this.requestNotes = requestNotes;
        this.status = PlanStatus.APPLIED;
        this.total = Money.ZERO.amount();
    }

    /** The home assessment: the items and quantities (replacing an earlier assessment before the decision). */
    public PlanStatus assess(Map<CatalogItem, Integer> chosen, String notes, String by, Instant at) {
        PlanStatus from = require(PlanAction.ASSESS);
        if (chosen.isEmpty()) {
            throw DomainException.invalid("items", "renovation.items.required");
        }
        items.clear();
        Money sum = Money.ZERO;
        for (Map.Entry<CatalogItem, Integer> e : chosen.entrySet()) {
            PlanItem line = new PlanItem(this, e.getKey(), e.getValue());
            items.add(line);
            sum = sum.plus(Money.of(line.amount()));
        }
        this.total = sum.amount();
        this.assessmentNotes = notes;
        this.assessedBy = by;
        this.assessedAt = at;
        return move(from, PlanStatus.ASSESSED, by, at);
    }

    /**
     * The county's approval: the subsidy the household's remaining allowance allows (computed under the
     * household's lock), the rest paid by the household, and the contractor who builds it.
     */
    public PlanStatus approve(BigDecimal grantedSubsidy, BigDecimal capValue, int capPolicyVersion,
                              BigDecimal remaining, long contractor, String by, Instant at) {
        PlanStatus from = require(PlanAction.APPROVE);
        if (grantedSubsidy.signum() < 0 || grantedSubsidy.compareTo(total) > 0
                || grantedSubsidy.compareTo(remaining.max(BigDecimal.ZERO)) > 0) {
            throw new IllegalArgumentException("subsidy " + grantedSubsidy + " outside 0.." + total.min(remaining));
        }
        this.subsidy = grantedSubsidy;
        this.selfPay = total.subtract(grantedSubsidy);
        this.cap = capValue;
        this.capVersion = capPolicyVersion;
        this.remainingBefore = remaining;
        this.contractorId = contractor;
        this.decidedBy = by;
        this.decidedAt = at;
        return move(from, PlanStatus.APPROVED, by, at);
    }

    /** Refuses an approval unless the plan is assessed. */
    public void requireApprovable() {
        require(PlanAction.APPROVE);
    }

    public PlanStatus reject(String reason, String by, Instant at) {
        PlanStatus from = require(PlanAction.REJECT);
        this.closingReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
        return move(from, PlanStatus.REJECTED, by, at);
    }

    public PlanStatus start(String by, Instant at) {
        PlanStatus from = require(PlanAction.START);
        this.startedAt = at;
        return move(from, PlanStatus.IN_PROGRESS, by, at);
    }

    /** Built; the caller has checked that before and after photos are there. */
    public PlanStatus complete(String notes, String by, Instant at) {
        PlanStatus from = require(PlanAction.COMPLETE);
        this.completedAt = at;
        this.completionNotes = notes;
        this.closingReason = null;
        return move(from, PlanStatus.COMPLETED, by, at);
    }

    /** The township's acceptance (验收). */
    public PlanStatus accept(String by, Instant at) {
        PlanStatus from = require(PlanAction.ACCEPT);
        this.acceptedBy = by;
        this.acceptedAt = at;
        return move(from, PlanStatus.ACCEPTED, by, at);
    }

    /** Acceptance refused: back to the contractor with the reason. */
    public PlanStatus sendBack(String reason, String by, Instant at) {
        PlanStatus from = require(PlanAction.SEND_BACK);
        this.closingReason = reason;
        this.completedAt = null;
        return move(from, PlanStatus.IN_PROGRESS, by, at);
    }

    public PlanStatus settle(String by, Instant at) {
        PlanStatus from = require(PlanAction.SETTLE);
        this.settledBy = by;
        this.settledAt = at;
        return move(from, PlanStatus.SETTLED, by, at);
    }

    private PlanStatus require(PlanAction action) {
        return Lifecycle.require("renovation.transition.illegal", "PlanAction", status, action.step(),
                action.from().toArray(PlanStatus[]::new));
    }

    private PlanStatus move(PlanStatus from, PlanStatus to, String by, Instant at) {
        this.status = to;
        touched(by, at);
        return from;
    }

    public Long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public long elderId() {
        return elderId;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public String applicantName() {
        return applicantName;
    }

    public String applicantPhone() {
        return applicantPhone;
    }

    public String requestNotes() {
        return requestNotes;
    }

    public PlanStatus status() {
        return status;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String assessmentNotes() {
        return assessmentNotes;
    }

    public BigDecimal total() {
        return total;
    }

    public BigDecimal subsidy() {
        return subsidy;
    }

    public BigDecimal selfPay() {
        return selfPay;
    }

    public BigDecimal cap() {
        return cap;
    }

    public Integer capVersion() {
        return capVersion;
    }

    public BigDecimal remainingBefore() {
        return remainingBefore;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long contractorId() {
        return contractorId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completionNotes() {
        return completionNotes;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String settledBy() {
        return settledBy;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public String closingReason() {
        return closingReason;
    }

    public List<PlanItem> items() {
        return Collections.unmodifiableList(items);
    }
}
