package org.yiyang.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/**
 * A county-owned record that people change: who created it and when, who changed it last and when, and a
 * version for optimistic locking (a change based on an outdated read is refused, never silently lost).
 */
@MappedSuperclass
public abstract class TrackedEntity extends TenantScopedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected TrackedEntity() {
    }

    protected TrackedEntity(String by, Instant at) {
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Records who changed the record, and when. */
    protected void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
