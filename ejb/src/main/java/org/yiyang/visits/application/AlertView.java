package org.yiyang.visits.application;

import java.time.Instant;
import java.util.List;

/** An extreme-weather alert with its progress: how many must-visit tasks are done. */
public record AlertView(long id, String kind, List<String> townships, Instant startsAt, Instant endsAt,
                        Instant visitBy, String declaredBy, long tasks, long visited) {
}
