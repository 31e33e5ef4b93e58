package org.yiyang.renovation.domain;

import java.util.Optional;
import java.util.Set;

/** What to look for among a county's plans (the caller's scope already applied). */
public record PlanSearch(Set<PlanStatus> statuses, Optional<String> townshipCode, Optional<Long> contractorId,
                         Optional<Long> householdId, Optional<Long> elderId) {
}
