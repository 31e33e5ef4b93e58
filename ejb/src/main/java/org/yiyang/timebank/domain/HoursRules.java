package org.yiyang.timebank.domain;

import org.yiyang.shared.domain.DomainException;

/**
 * The county's rules for an hours entry, as in force when it is recorded: at least the minimum entry (never 0 or
 * negative), and the day's entries of a volunteer (pending or verified) together at most the daily maximum.
 *
 * @param minEntryMinutes   the smallest entry, in minutes
 * @param maxMinutesPerDay  the most minutes credited for one day (China time)
 * @param minVersion        the version of the minimum's policy
 * @param maxVersion        the version of the maximum's policy
 */
public record HoursRules(int minEntryMinutes, int maxMinutesPerDay, int minVersion, int maxVersion) {

    /** The national defaults: 15 minutes at least, 480 (8 hours) a day at most. */
    public static final HoursRules DEFAULTS = new HoursRules(15, 480, 0, 0);

    /**
     * An entry of these minutes, with those the volunteer has already on the same day, is acceptable; else a
     * clear 400 on {@code minutes}.
     */
    public int check(Integer minutes, int alreadyThatDay) {
        if (minutes == null || minutes <= 0) {
            throw DomainException.invalid("minutes", "timebank.hours.minutes.positive");
        }
        if (minutes < minEntryMinutes) {
            throw DomainException.invalid("minutes", "timebank.hours.minutes.belowMinimum", minEntryMinutes);
        }
        if (alreadyThatDay + minutes > maxMinutesPerDay) {
            throw DomainException.invalid("minutes", "timebank.hours.minutes.overDailyLimit", maxMinutesPerDay,
                    alreadyThatDay);
        }
        return minutes;
    }
}
