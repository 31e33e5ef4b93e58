package org.yiyang.renovation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A step taken on a renovation plan, with the statuses it is taken from. Who may take it is the application's
 * matter ({@code PlanActions}); the plan refuses a step from any other status.
 */
public enum PlanAction {
    ASSESS("assess", PlanStatus.APPLIED, PlanStatus.ASSESSED),
    APPROVE("approve", PlanStatus.ASSESSED),
    REJECT("reject", PlanStatus.APPLIED, PlanStatus.ASSESSED),
    START("start", PlanStatus.APPROVED),
    COMPLETE("complete", PlanStatus.IN_PROGRESS),
    ACCEPT("accept", PlanStatus.COMPLETED),
    SEND_BACK("sendBack", PlanStatus.COMPLETED),
    SETTLE("settle", PlanStatus.ACCEPTED),
    /** Assessment photos, until the decision. */
    PHOTO_ASSESSMENT("photo", PlanStatus.APPLIED, PlanStatus.ASSESSED),
    /** Photos before the work, until it is built. */
    PHOTO_BEFORE("photo", PlanStatus.APPROVED, PlanStatus.IN_PROGRESS),
    /** Photos after the work, while it is built. */
    PHOTO_AFTER("photo", PlanStatus.IN_PROGRESS);

    private final String step;
    private final Set<PlanStatus> from;

    PlanAction(String step, PlanStatus first, PlanStatus... rest) {
        this.step = step;
        this.from = EnumSet.of(first, rest);
    }

    /** The step's name in the plan's timeline and its label ({@code PlanAction.{step}}). */
    public String step() {
        return step;
    }

    /** The statuses the step is taken from. */
    public Set<PlanStatus> from() {
        return from;
    }

    public boolean takenFrom(PlanStatus status) {
        return from.contains(status);
    }

    /** The photo step of a purpose. */
    public static PlanAction photo(PhotoPurpose purpose) {
        return switch (purpose) {
            case ASSESSMENT -> PHOTO_ASSESSMENT;
            case BEFORE -> PHOTO_BEFORE;
            case AFTER -> PHOTO_AFTER;
        };
    }
}
