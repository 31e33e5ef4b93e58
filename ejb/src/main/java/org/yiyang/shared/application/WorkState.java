package org.yiyang.shared.application;

/**
 * Where a piece of another context's work stands, as its status query publishes it.
 *
 * @param status   the status name, e.g. "ASSIGNED"
 * @param finished whether nothing more will be done (the owning context's rule)
 */
public record WorkState(String status, boolean finished) {
}
