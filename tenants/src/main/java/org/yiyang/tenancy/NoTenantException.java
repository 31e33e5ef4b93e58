package org.yiyang.tenancy;

/** Tenant-scoped work was attempted outside any county: a programming error, never a user error. */
public class NoTenantException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NoTenantException() {
        super("no county is set for this unit of work");
    }
}
