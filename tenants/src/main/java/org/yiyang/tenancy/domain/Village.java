package org.yiyang.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A village or residents' community (村/社区) of a township, identified by its 12-digit statistical code.
 * Urban communities (居委会) and rural villages (村委会) differ for meal-site coverage (15 vs 30 minutes).
 */
@Entity
@Table(name = "tenancy_village")
public class Village extends TenantScopedEntity {

    @Id
    @Column(name = "code", length = 12)
    private String code;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "urban", nullable = false)
    private boolean urban;

    protected Village() {
    }

    public Village(String code, String townshipCode, String name, boolean urban) {
        this.code = code;
        this.townshipCode = townshipCode;
        this.name = name;
        this.urban = urban;
    }

    public String code() {
        return code;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String name() {
        return name;
    }

    public boolean urban() {
        return urban;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
