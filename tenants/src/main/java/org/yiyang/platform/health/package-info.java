/**
 * Readiness checks of the platform (MicroProfile Health, {@code /health/ready} on the management port):
 * the database with its schema version, the Quartz scheduler with its heartbeat.
 *
 * <p>They live in the EAR's library jar because WildFly discovers health checks only in the top-level
 * module of an EAR, not in its EJB or web modules (WFLY-12835). They therefore read what they report
 * straight from MariaDB and from Quartz's scheduler repository, with no dependency on the EJB module.
 */
package org.yiyang.platform.health;
