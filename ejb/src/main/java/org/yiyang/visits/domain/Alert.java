package org.yiyang.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** An extreme-weather alert declared for townships of the county. */
@Entity
@Table(name = "visits_alert")
public class Alert extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visits_alert_seq")
    @SequenceGenerator(name = "visits_alert_seq", sequenceName = "visits_alert_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private String kind;

    @Column(name = "townships", nullable = false, length = 2000, updatable = false)
    private String townships;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "visit_by", nullable = false, updatable = false)
    private Instant visitBy;

    @Column(name = "declared_by", nullable = false, length = 100, updatable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected Alert() {
    }

    public Alert(String kind, List<String> townships, Instant startsAt, Instant endsAt, Instant visitBy, String by,
                 Instant at) {
        this.kind = kind;
        this.townships = String.join(",", townships);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.visitBy = visitBy;
        this.declaredBy = by;
        this.declaredAt = at;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public List<String> townships() {
        return Arrays.asList(townships.split(","));
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant visitBy() {
        return visitBy;
    }

    public String declaredBy() {
        return declaredBy;
    }
}
