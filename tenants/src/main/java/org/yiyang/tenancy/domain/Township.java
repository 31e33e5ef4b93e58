package org.yiyang.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A township or street (乡镇/街道) of a county, identified by its 12-digit statistical code. */
@Entity
@Table(name = "tenancy_township")
public class Township extends TenantScopedEntity {

    @Id
    @Column(name = "code", length = 12)
    private String code;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private TownshipKind kind;

    protected Township() {
    }

    public Township(String code, String name, TownshipKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TownshipKind kind() {
        return kind;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
