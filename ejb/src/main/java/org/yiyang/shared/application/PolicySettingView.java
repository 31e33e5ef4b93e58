package org.yiyang.shared.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A setting as the policy page shows it: the value in force (or of one version), where it comes from and,
 * for a version, who decided it and why.
 */
public record PolicySettingView(String key, String type, String unit, String value, int version,
                                LocalDate effectiveFrom, boolean nationalDefault, String nationalDefaultValue,
                                String reason, String decidedBy, Instant decidedAt) {
}
