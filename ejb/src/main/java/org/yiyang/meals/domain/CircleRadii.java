package org.yiyang.meals.domain;

/**
 * How far a meal site serves: the radius of its circle around urban communities (about 1 km, a 15-minute walk) and
 * around rural villages (a larger one), in metres, as the county's policy sets them.
 */
public record CircleRadii(int urbanMeters, int ruralMeters) {

    public CircleRadii {
        if (urbanMeters <= 0 || ruralMeters <= 0) {
            throw new IllegalArgumentException("radii must be positive: " + urbanMeters + ", " + ruralMeters);
        }
    }

    /** The radius that applies to a village. */
    public int of(boolean urban) {
        return urban ? urbanMeters : ruralMeters;
    }
}
