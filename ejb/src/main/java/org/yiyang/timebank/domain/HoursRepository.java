package org.yiyang.timebank.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hours entries of the current county. */
public interface HoursRepository {

    Optional<HoursEntry> find(long id);

    /** A volunteer's entries of one day that count (pending or verified). */
    List<HoursEntry> countingOn(long volunteerId, LocalDate day);

    /** The entry of a sign-up that counts (pending or verified), if any. */
    Optional<HoursEntry> countingOf(long signupId);

    /** Entries, newest first: of one volunteer, of some activities, and/or of one status. */
    List<HoursEntry> search(Optional<Long> volunteerId, Optional<List<Long>> activityIds, Optional<HoursStatus> status,
                            int max);

    void store(HoursEntry entry);
}
