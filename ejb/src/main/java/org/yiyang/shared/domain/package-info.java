/**
 * Value objects and rules every context uses: {@link org.yiyang.shared.domain.Money}, the resident ID number, China's
 * calendar, values in force from a date ({@link org.yiyang.shared.domain.InForce}), the lifecycle guard and status
 * events, the shared vocabulary of care needs, age bands, economic status and provider work, and rule violations.
 */
package org.yiyang.shared.domain;
