/**
 * What every context shares: money, the resident ID number, audit, idempotent commands, the clock, and the
 * start-up sequence (migrations, mapping validation, scheduler).
 */
package org.yiyang.shared;
