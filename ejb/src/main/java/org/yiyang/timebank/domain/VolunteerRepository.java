package org.yiyang.timebank.domain;

import java.util.List;
import java.util.Optional;

/** Volunteers of the current county. */
public interface VolunteerRepository {

    Optional<Volunteer> find(long id);

    /** The volunteer, its row held until the transaction ends (recording hours is serialised per volunteer). */
    Optional<Volunteer> lock(long id);

    /** The volunteer whose account this is. */
    Optional<Volunteer> ofUsername(String username);

    /** Volunteers by name: of one township and/or status, and/or the one of an account. */
    List<Volunteer> search(Optional<String> township, Optional<VolunteerStatus> status, Optional<String> username,
                           int max);

    /** Stores a new volunteer and writes it at once, so that an account used twice fails here. */
    void store(Volunteer volunteer);
}
