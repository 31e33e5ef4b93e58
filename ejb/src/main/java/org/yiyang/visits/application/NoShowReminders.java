package org.yiyang.visits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.yiyang.meals.application.MealNoShow;
import org.yiyang.visits.domain.ReminderStore;

/**
 * An elder who stopped coming to meals gets a visit: when the elder is enrolled, the visitor finds a NO_SHOW reminder
 * in the inbox (and by text), created in the detection's transaction, once per absence however often it is reported.
 */
@ApplicationScoped
public class NoShowReminders {

    @Inject
    ReminderStore reminders;

    void noShow(@Observes MealNoShow e) {
        reminders.createNoShow(e.county(), e.elderId(), e.lastMealDay(), e.detectedAt());
    }
}
