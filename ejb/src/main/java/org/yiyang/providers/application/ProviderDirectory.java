package org.yiyang.providers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.yiyang.providers.domain.Provider;
import org.yiyang.providers.domain.ProviderRepository;
import org.yiyang.providers.domain.Staff;
import org.yiyang.tenancy.Caller;

/**
 * The providers context's published face: the providers and staff of the current county, and which of them the
 * calling provider account stands for. Other contexts use only this, never the providers' entities or tables.
 */
@ApplicationScoped
@Transactional
public class ProviderDirectory {

    @Inject
    ProviderRepository providers;

    public Optional<ProviderRef> find(long providerId) {
        return providers.find(providerId).map(ProviderDirectory::ref);
    }

    public Optional<ProviderRef> findByCode(String code) {
        return providers.findByCode(code).map(ProviderDirectory::ref);
    }

    public Optional<StaffRef> staff(long staffId) {
        return providers.findStaff(staffId).map(ProviderDirectory::ref);
    }

    /** The provider a provider account (administrator or staff) belongs to, by the token's provider claim. */
    public Optional<ProviderRef> providerOf(Caller caller) {
        return caller.provider().flatMap(this::findByCode);
    }

    /** The active staff member a caller is, of the provider the caller's token names. */
    public Optional<StaffRef> staffOf(Caller caller) {
        return providers.findStaffByUsername(caller.username())
                .filter(Staff::active)
                .filter(s -> caller.provider().map(code -> code.equals(s.provider().code())).orElse(false))
                .map(ProviderDirectory::ref);
    }

    static ProviderRef ref(Provider p) {
        return new ProviderRef(p.id(), p.code(), p.name(), p.isActive(), Set.copyOf(p.works()), Set.copyOf(p.area()));
    }

    static StaffRef ref(Staff s) {
        return new StaffRef(s.id(), s.provider().id(), s.provider().code(), s.name(), s.username(), s.active());
    }
}
