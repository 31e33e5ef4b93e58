package org.yiyang.renovation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.renovation.domain.PlanStatus;
import org.yiyang.shared.application.WorkState;

/** Published by renovation: where a plan of the current county stands (for follow-ups and read models). */
@ApplicationScoped
@Transactional
public class PlanStatusQuery {

    @Inject
    PlanRepository plans;

    public Optional<WorkState> of(long planId) {
        return plans.find(planId).map(p -> new WorkState(p.status().name(), PlanStatus.FINISHED.contains(p.status())));
    }
}
