package org.yiyang.elders.domain;

import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.SelfCareAbility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.yiyang.shared.domain.ProtectedIdNumber;
import org.yiyang.shared.domain.Sex;
import org.yiyang.shared.domain.TrackedEntity;

/** A resident aged 60 or more, registered once per county by the resident ID number. */
@Entity
@Table(name = "elders_elder")
public class Elder extends TrackedEntity {

    /** The age from which a resident is an elder. */
    public static final int ELDER_AGE = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "elders_elder_seq")
    @SequenceGenerator(name = "elders_elder_seq", sequenceName = "elders_elder_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false)
    private Household household;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "id_number_cipher", nullable = false, length = 96)
    private byte[] idNumberCipher;

    @JdbcTypeCode(SqlTypes.BINARY)
    @Column(name = "id_number_hash", nullable = false, length = 32)
    private byte[] idNumberHash;

    @Column(name = "id_number_masked", nullable = false, length = 18)
    private String idNumberMasked;

    @Column(name = "id_number_last4", nullable = false, length = 4)
    private String idNumberLast4;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 8)
    private Sex sex;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "emergency_contact_name", length = 40)
    private String emergencyContactName;

    @Column(name = "emergency_contact_phone", length = 20)
    private String emergencyContactPhone;

    @Column(name = "emergency_contact_relation", length = 20)
    private String emergencyContactRelation;

    @Enumerated(EnumType.STRING)
    @Column(name = "living_arrangement", length = 20)
    private LivingArrangement livingArrangement;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_care", length = 20)
    private SelfCareAbility selfCare;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(name = "disability_grade")
    private Integer disabilityGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "disability_type", length = 20)
    private DisabilityType disabilityType;

    @Enumerated(EnumType.STRING)
    @Column(name = "economic_status", nullable = false, length = 20)
    private EconomicStatus economicStatus;

    @Column(name = "family_planning_special", nullable = false)
    private boolean familyPlanningSpecial;

    @Column(name = "widowed_childless", nullable = false)
    private boolean widowedChildless;

    /** Special hardship for reasons other than age, kept for searching. */
    @Column(name = "hardship_basis", nullable = false)
    private boolean hardshipBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ElderStatus status;

    protected Elder() {
    }

    public Elder(String name, ProtectedIdNumber idNumber, LocalDate birthDate, Sex sex, Household household,
                 ElderProfile profile, String by, Instant at) {
        super(by, at);
        this.name = name;
        this.idNumberCipher = idNumber.cipher();
        this.idNumberHash = idNumber.hash();
        this.idNumberMasked = idNumber.masked();
        this.idNumberLast4 = idNumber.masked().substring(14);
        this.birthDate = birthDate;
        this.sex = sex;
        this.household = household;
        this.townshipCode = household.townshipCode();
        this.villageCode = household.villageCode();
        this.status = ElderStatus.ACTIVE;
        apply(profile);
    }

    public void rename(String newName, String by, Instant at) {
        this.name = newName;
        touched(by, at);
    }

    public void updateProfile(ElderProfile profile, String by, Instant at) {
        apply(profile);
        touched(by, at);
    }

    /** Joins another household (and lives where it lives). */
    public void moveTo(Household target, String by, Instant at) {
        this.household = target;
        followHousehold();
        touched(by, at);
    }

    /** Follows a change of the household's address. */
    public void followHousehold() {
        this.townshipCode = household.townshipCode();
        this.villageCode = household.villageCode();
    }

    public void changeStatus(ElderStatus newStatus, String by, Instant at) {
        this.status = newStatus;
        touched(by, at);
    }

    private void apply(ElderProfile p) {
        this.phone = p.phone();
        this.emergencyContactName = p.emergencyContactName();
        this.emergencyContactPhone = p.emergencyContactPhone();
        this.emergencyContactRelation = p.emergencyContactRelation();
        this.livingArrangement = p.livingArrangement();
        this.selfCare = p.selfCare();
        this.disabilityGrade = p.disabilityGrade();
        this.disabilityType = p.disabilityType();
        this.economicStatus = p.economicStatus();
        this.familyPlanningSpecial = p.familyPlanningSpecial();
        this.widowedChildless = p.widowedChildless();
        this.hardshipBasis = ElderCategory.hardshipBasis(p);
    }

    public ElderProfile profile() {
        return new ElderProfile(phone, emergencyContactName, emergencyContactPhone, emergencyContactRelation,
                livingArrangement, selfCare, disabilityGrade, disabilityType, economicStatus, familyPlanningSpecial,
                widowedChildless);
    }

    public Set<ElderCategory> categoriesOn(LocalDate day) {
        return ElderCategory.of(profile(), birthDate, day);
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public Long id() {
        return id;
    }

    public Household household() {
        return household;
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

    public ElderStatus status() {
        return status;
    }

}
