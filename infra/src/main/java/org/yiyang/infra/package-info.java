/**
 * Standing the platform up on one machine: a MariaDB (the configured one, or an embedded real MariaDB),
 * Keycloak from its distribution and the provisioned WildFly, each a process started, polled for readiness
 * and stopped by PID. Used by the run command ({@link org.yiyang.infra.RunPlatform}) and by the
 * integration tests' environment.
 */
package org.yiyang.infra;
