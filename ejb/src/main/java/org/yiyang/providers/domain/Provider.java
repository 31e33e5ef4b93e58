package org.yiyang.providers.domain;

import org.yiyang.shared.domain.ProviderWork;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A provider registered in a county: an organisation with a licence, a contact, the work it does and the
 * townships it serves. Its {@code code} is what Keycloak puts into its users' {@code provider} claim.
 */
@Entity
@Table(name = "providers_provider")
public class Provider extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "providers_provider_seq")
    @SequenceGenerator(name = "providers_provider_seq", sequenceName = "providers_provider_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ProviderKind kind;

    @Column(name = "licence_no", length = 60)
    private String licenceNo;

    @Column(name = "contact_person", length = 40)
    private String contactPerson;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "address", length = 200)
    private String address;

    /** The kinds of work, comma-separated. */
    @Column(name = "works", nullable = false, length = 100)
    private String works;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "providers_provider_area", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "township_code", length = 12)
    private Set<String> area = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProviderStatus status;

    protected Provider() {
    }

    public Provider(String code, ProviderDetails details, String by, Instant at) {
        super(by, at);
        this.code = code;
        this.status = ProviderStatus.ACTIVE;
        apply(details);
    }

    public void update(ProviderDetails details, ProviderStatus newStatus, String by, Instant at) {
        apply(details);
        this.status = newStatus;
        touched(by, at);
    }

    private void apply(ProviderDetails d) {
        this.name = d.name();
        this.kind = d.kind();
        this.licenceNo = d.licenceNo();
        this.contactPerson = d.contactPerson();
        this.phone = d.phone();
        this.address = d.address();
        this.works = d.works().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.area.clear();
        this.area.addAll(new TreeSet<>(d.area()));
    }

    public boolean does(ProviderWork work) {
        return works().contains(work);
    }

    public boolean serves(String townshipCode) {
        return area.contains(townshipCode);
    }

    public boolean isActive() {
        return status == ProviderStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ProviderKind kind() {
        return kind;
    }

    public String licenceNo() {
        return licenceNo;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public Set<ProviderWork> works() {
        Set<ProviderWork> s = EnumSet.noneOf(ProviderWork.class);
        if (!works.isBlank()) {
            Arrays.stream(works.split(",")).map(ProviderWork::valueOf).forEach(s::add);
        }
        return s;
    }

    public Set<String> area() {
        return Set.copyOf(area);
    }

    public ProviderStatus status() {
        return status;
    }
}
