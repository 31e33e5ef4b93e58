/**
 * Start-up sequence (Flyway, mapping validation, Quartz), the scheduler, encryption of personal data, the Keycloak
 * account directory and the idempotency table.
 */
package org.yiyang.shared.infrastructure;
