package org.yiyang.providers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yiyang.shared.domain.TrackedEntity;

/** A member of a provider's staff; {@code username} is their Keycloak login, when they have one. */
@Entity
@Table(name = "providers_staff")
public class Staff extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "providers_staff_seq")
    @SequenceGenerator(name = "providers_staff_seq", sequenceName = "providers_staff_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "qualifications", length = 200)
    private String qualifications;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Staff() {
    }

    public Staff(Provider provider, String name, String phone, String username, String qualifications, String by,
                 Instant at) {
        super(by, at);
        this.provider = provider;
        this.name = name;
        this.phone = phone;
        this.username = username;
        this.qualifications = qualifications;
        this.active = true;
    }

    public void deactivate(String by, Instant at) {
        this.active = false;
        touched(by, at);
    }

    public Long id() {
        return id;
    }

    public Provider provider() {
        return provider;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String username() {
        return username;
    }

    public String qualifications() {
        return qualifications;
    }

    public boolean active() {
        return active;
    }
}
