/**
 * Readiness checks (MicroProfile Health on the management interface, {@code /health/ready}): the database
 * and its schema version, the scheduler and its heartbeat. They live in the web module because WildFly
 * collects health checks from the web module of an EAR.
 */
package org.yiyang.web.health;
