package org.yiyang.providers.domain;

import java.util.List;
import java.util.Optional;

/** Providers and staff of the current county. */
public interface ProviderRepository {

    Optional<Provider> find(long id);

    Optional<Provider> findByCode(String code);

    List<Provider> all();

    void store(Provider provider);

    Optional<Staff> findStaff(long id);

    Optional<Staff> findStaffByUsername(String username);

    List<Staff> staffOf(long providerId);

    void store(Staff staff);
}
