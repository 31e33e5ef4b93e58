package org.yiyang.shared.application;

import java.time.LocalDate;

/** Set a new value of a county policy setting from a day on (today or later), with the reason. */
public record ChangePolicy(String key, String value, LocalDate effectiveFrom, String reason) {
}
