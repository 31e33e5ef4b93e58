package org.yiyang.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * Base of every county-owned entity. Hibernate fills {@code county_code} from the current tenant on insert
 * and adds it to every entity query; the column references {@code tenancy_county}, so an insert outside
 * any county fails instead of writing orphan data. Every unique constraint and index of a subclass table
 * starts with {@code county_code}.
 */
@MappedSuperclass
public abstract class TenantScopedEntity {

    @TenantId
    @Column(name = "county_code", length = 6, nullable = false, updatable = false)
    private String countyCode;

    /** The county this row belongs to (set by Hibernate on insert). */
    public String countyCode() {
        return countyCode;
    }
}
