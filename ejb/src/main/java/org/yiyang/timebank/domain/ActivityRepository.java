package org.yiyang.timebank.domain;

import java.util.List;
import java.util.Optional;

/** Activities of the current county and their sign-ups. */
public interface ActivityRepository {

    Optional<Activity> find(long id);

    /** The activity, its row held until the transaction ends: sign-ups of one activity take slots one by one. */
    Optional<Activity> lock(long id);

    /** Activities, soonest first: of one township and/or status, or published by one organiser. */
    List<Activity> search(Optional<String> township, Optional<ActivityStatus> status, Optional<String> organiser,
                          int max);

    void store(Activity activity);

    Optional<Signup> signup(long activityId, long volunteerId);

    /** The sign-ups of an activity, in the order they were made. */
    List<Signup> signups(long activityId);

    /** A volunteer's sign-ups, newest first. */
    List<Signup> signupsOf(long volunteerId, int max);

    /** Stores a new sign-up and writes it at once, so that a second one of the same volunteer fails here. */
    void store(Signup signup);
}
