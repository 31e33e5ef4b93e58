package org.yiyang.elders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.yiyang.shared.domain.ProtectedIdNumber;
import org.yiyang.shared.domain.Sex;
import org.yiyang.tenancy.domain.TenantScopedEntity;
import org.yiyang.tenancy.domain.Village;

/** A resident aged 60 or more, registered once per county by the resident ID number. */
@Entity
@Table(name = "elders_elder")
public class Elder extends TenantScopedEntity {

    /** The age from which a resident is an elder. */
    public static final int ELDER_AGE = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "elders_elder_seq")
    @SequenceGenerator(name = "elders_elder_seq", sequenceName = "elders_elder_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "id_number_cipher", nullable = false, length = 96)
    private byte[] idNumberCipher;

    @JdbcTypeCode(SqlTypes.BINARY)
    @Column(name = "id_number_hash", nullable = false, length = 32)
    private byte[] idNumberHash;

    @Column(name = "id_number_masked", nullable = false, length = 18)
    private String idNumberMasked;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 8)
    private Sex sex;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected Elder() {
    }

    public Elder(String name, ProtectedIdNumber idNumber, LocalDate birthDate, Sex sex, Village village,
                 String by, Instant at) {
        this.name = name;
        this.idNumberCipher = idNumber.cipher();
        this.idNumberHash = idNumber.hash();
        this.idNumberMasked = idNumber.masked();
        this.birthDate = birthDate;
        this.sex = sex;
        this.townshipCode = village.townshipCode();
        this.villageCode = village.code();
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public void rename(String newName, String by, Instant at) {
        this.name = newName;
        touched(by, at);
    }

    public void moveTo(Village village, String by, Instant at) {
        this.townshipCode = village.townshipCode();
        this.villageCode = village.code();
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public byte[] idNumberCipher() {
        return idNumberCipher.clone();
    }

    public String idNumberMasked() {
        return idNumberMasked;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String villageCode() {
        return villageCode;
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
