package org.yiyang.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A village or residents' community (村/社区) of a township, identified by its 12-digit statistical code.
 * Urban communities (居委会) and rural villages (村委会) differ for meal-site coverage (15 vs 30 minutes). Where it
 * is (its committee's seat, WGS-84 degrees) is known once the county has set it.
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

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

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

    /** The latitude in degrees, once the village's location is set. */
    public Optional<BigDecimal> latitude() {
        return Optional.ofNullable(latitude);
    }

    /** The longitude in degrees, once the village's location is set. */
    public Optional<BigDecimal> longitude() {
        return Optional.ofNullable(longitude);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Sets where the village is (both coordinates; the caller checks their ranges). */
    public void locate(BigDecimal newLatitude, BigDecimal newLongitude) {
        this.latitude = Objects.requireNonNull(newLatitude, "latitude");
        this.longitude = Objects.requireNonNull(newLongitude, "longitude");
    }
}
