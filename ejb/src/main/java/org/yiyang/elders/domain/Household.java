package org.yiyang.elders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yiyang.shared.domain.TrackedEntity;
import org.yiyang.tenancy.domain.Village;

/**
 * A household (户): the elders living at one address. The unit of the renovation subsidy cap. The household
 * number of the residence register (户号) is optional and unique within the county.
 */
@Entity
@Table(name = "elders_household")
public class Household extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "elders_household_seq")
    @SequenceGenerator(name = "elders_household_seq", sequenceName = "elders_household_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_no", length = 30)
    private String householdNo;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "address", length = 200)
    private String address;

    protected Household() {
    }

    public Household(String householdNo, Village village, String address, String by, Instant at) {
        super(by, at);
        this.householdNo = householdNo;
        this.townshipCode = village.townshipCode();
        this.villageCode = village.code();
        this.address = address;
    }

    /** The household moved (all its members with it). */
    public void relocate(Village village, String newAddress, String by, Instant at) {
        this.townshipCode = village.townshipCode();
        this.villageCode = village.code();
        this.address = newAddress;
        touched(by, at);
    }

    public Long id() {
        return id;
    }

    public String householdNo() {
        return householdNo;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String villageCode() {
        return villageCode;
    }

    public String address() {
        return address;
    }
}
