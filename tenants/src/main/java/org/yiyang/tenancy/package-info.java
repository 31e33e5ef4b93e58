/**
 * County tenancy: which county (tenant) a unit of work belongs to, and who is doing it.
 *
 * <p>The tenant is a county-level division identified by its 6-digit GB/T 2260 code. It is taken only
 * from the verified Keycloak token at the entry points (servlet filter, Quartz job listener) through
 * {@link org.yiyang.tenancy.TenantScope}, never from a header, parameter or form field, and is always
 * restored in {@code finally}.
 */
package org.yiyang.tenancy;
