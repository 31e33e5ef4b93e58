package org.yiyang.visits.application;

import java.time.Instant;

/**
 * A visit to an enrolled elder was recorded. Fired inside the recording transaction; read models observe it
 * (coverage counts visits per month).
 */
public record VisitRecorded(String county, long visitId, long enrolmentId, long elderId, String townshipCode,
                            Instant visitedAt) {
}
