package org.yiyang.shared.domain.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** One version of a county's policy setting. Never changed once written: a change is a new version. */
@Entity
@Table(name = "shared_policy_setting")
public class PolicySetting extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_policy_setting_seq")
    @SequenceGenerator(name = "shared_policy_setting_seq", sequenceName = "shared_policy_setting_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "setting_key", nullable = false, length = 60, updatable = false)
    private String key;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "setting_value", nullable = false, length = 4000, updatable = false)
    private String value;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "reason", nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PolicySetting() {
    }

    /**
     * A county decides for today or later, never for the past: a change effective on a day that has already
     * begun in China is refused (effective today is allowed: it applies from the start of today).
     */
    public static boolean mayTakeEffectOn(LocalDate effectiveFrom, Instant now) {
        return effectiveFrom != null && !effectiveFrom.isBefore(ChinaTime.dayOf(now));
    }

    public PolicySetting(String key, int version, String value, LocalDate effectiveFrom, String reason, String by,
                         Instant at) {
        this.key = key;
        this.version = version;
        this.value = value;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.createdBy = by;
        this.createdAt = at;
    }

    public String key() {
        return key;
    }

    public int version() {
        return version;
    }

    public String value() {
        return value;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
