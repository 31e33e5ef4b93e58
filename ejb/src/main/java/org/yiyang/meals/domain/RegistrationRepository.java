package org.yiyang.meals.domain;

import java.util.List;
import java.util.Optional;

/** Meal registrations of the current county. */
public interface RegistrationRepository {

    Optional<MealRegistration> find(long id);

    /** The elder's active registration, if any. */
    Optional<MealRegistration> activeOf(long elderId);

    /** Registrations, newest first: of one site (home site) and/or one elder, active ones or all. */
    List<MealRegistration> search(Optional<Long> homeSiteId, Optional<Long> elderId, boolean activeOnly, int max);

    /**
     * Stores a new registration and writes it at once, so that a second active registration of the elder (made at
     * the same moment) fails here.
     */
    void store(MealRegistration registration);
}
