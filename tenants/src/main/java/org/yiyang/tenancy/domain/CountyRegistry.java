package org.yiyang.tenancy.domain;

import java.util.List;
import java.util.Optional;

/** The registry of county tenants (global reference data, cached). */
public interface CountyRegistry {

    Optional<County> find(String code);

    /** Counties of a city (4-digit code), ordered by code. */
    List<County> countiesOfCity(String cityCode);

    List<County> all();
}
