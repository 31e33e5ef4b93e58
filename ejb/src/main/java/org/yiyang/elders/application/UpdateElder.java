package org.yiyang.elders.application;

/**
 * Change an elder's name and recorded attributes. {@code expectedVersion}, when given, must be the version
 * the user saw (someone else's change in between is refused rather than overwritten).
 */
public record UpdateElder(long id, Long expectedVersion, String name, ElderDetails details) {
}
