/** Start-up sequence (Flyway, mapping validation, Quartz), health checks and other technical plumbing. */
package org.yiyang.shared.infrastructure;
