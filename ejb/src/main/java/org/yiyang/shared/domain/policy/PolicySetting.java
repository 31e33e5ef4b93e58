package org.yiyang.shared.domain.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.yiyang.shared.domain.InForce;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** One version of a county's policy setting. Never changed once written: a change is a new version. */
@Entity
@Table(name = "shared_policy_setting")
public class PolicySetting extends TenantScopedEntity implements InForce.Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_policy_setting_seq")
    @SequenceGenerator(name = "shared_policy_setting_seq", sequenceName = "shared_policy_setting_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "setting_key", nullable = false, length = 60, updatable = false)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 4000, updatable = false)
    private String value;

    @Embedded
    private InForce inForce;

    protected PolicySetting() {
    }

    /** The rule of every value in force from a date: today or later, see {@link InForce#mayTakeEffectOn}. */
    public static boolean mayTakeEffectOn(LocalDate effectiveFrom, Instant now) {
        return InForce.mayTakeEffectOn(effectiveFrom, now);
    }

    public PolicySetting(String key, int version, String value, LocalDate effectiveFrom, String reason, String by,
                         Instant at) {
        this.key = key;
        this.value = value;
        this.inForce = new InForce(version, effectiveFrom, reason, by, at);
    }

    public String key() {
        return key;
    }

    public int version() {
        return inForce.version();
    }

    public String value() {
        return value;
    }

    public LocalDate effectiveFrom() {
        return inForce.effectiveFrom();
    }

    public String reason() {
        return inForce.reason();
    }

    public String createdBy() {
        return inForce.createdBy();
    }

    public Instant createdAt() {
        return inForce.createdAt();
    }

    @Override
    public InForce inForce() {
        return inForce;
    }
}
