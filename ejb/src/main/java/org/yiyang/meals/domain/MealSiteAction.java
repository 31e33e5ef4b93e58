package org.yiyang.meals.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps taken on a meal site, each with the statuses it may be taken from and the status it leads to; its key
 * names it in messages (labels {@code MealSiteAction.<key>}). Serving a meal is a step too: only an open site serves.
 */
public enum MealSiteAction {
    EDIT("edit", null, MealSiteStatus.PLANNED, MealSiteStatus.OPEN, MealSiteStatus.SUSPENDED),
    OPEN("open", MealSiteStatus.OPEN, MealSiteStatus.PLANNED, MealSiteStatus.SUSPENDED),
    SUSPEND("suspend", MealSiteStatus.SUSPENDED, MealSiteStatus.OPEN),
    CLOSE("close", MealSiteStatus.CLOSED, MealSiteStatus.PLANNED, MealSiteStatus.OPEN, MealSiteStatus.SUSPENDED),
    SERVE("serve", null, MealSiteStatus.OPEN);

    private final String key;
    private final MealSiteStatus to;
    private final MealSiteStatus[] from;

    MealSiteAction(String key, MealSiteStatus to, MealSiteStatus... from) {
        this.key = key;
        this.to = to;
        this.from = from;
    }

    /** The step's name in messages, e.g. {@code suspend}. */
    public String key() {
        return key;
    }

    /** Whether the step may be taken from this status. */
    public boolean startsFrom(MealSiteStatus status) {
        return Arrays.asList(from).contains(status);
    }

    /** The status the step leads to; empty for steps that keep the status. */
    public Optional<MealSiteStatus> leadsTo() {
        return Optional.ofNullable(to);
    }

    /** The step that leads to a status, if there is one (nothing leads back to PLANNED). */
    public static Optional<MealSiteAction> toReach(MealSiteStatus status) {
        return Arrays.stream(values()).filter(a -> a.to == status).findFirst();
    }

    MealSiteStatus[] from() {
        return from.clone();
    }
}
