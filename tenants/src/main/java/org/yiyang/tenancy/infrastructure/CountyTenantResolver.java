package org.yiyang.tenancy.infrastructure;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.yiyang.tenancy.TenantScope;

/**
 * Tells Hibernate the county of the session being opened: the county of the current
 * {@link TenantScope}, or {@link TenantScope#NO_TENANT} (which matches no row) when none is set.
 * There is no root tenant: cross-county reads go through the coverage tables, never through a session
 * that sees every county.
 */
public class CountyTenantResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantScope.currentCounty().orElse(TenantScope.NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return false;
    }
}
