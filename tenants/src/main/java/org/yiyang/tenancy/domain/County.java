package org.yiyang.tenancy.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A tenant: a county-level division (县, 县级市, 区, development zone) by its 6-digit GB/T 2260 code.
 * Global reference data, read through Hibernate's second-level cache (Infinispan).
 */
@Entity
@Table(name = "tenancy_county")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class County {

    @Id
    @Column(name = "code", length = 6)
    private String code;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "city_code", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "city_name", nullable = false, length = 40)
    private String cityName;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "province_name", nullable = false, length = 40)
    private String provinceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CountyStatus status;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    protected County() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String cityCode() {
        return cityCode;
    }

    public String cityName() {
        return cityName;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String provinceName() {
        return provinceName;
    }

    public CountyStatus status() {
        return status;
    }

    public String timeZone() {
        return timeZone;
    }

    public boolean isActive() {
        return status == CountyStatus.ACTIVE;
    }
}
