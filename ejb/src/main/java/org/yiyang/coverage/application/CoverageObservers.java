package org.yiyang.coverage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.yiyang.coverage.infrastructure.CountyFiguresStore;
import org.yiyang.coverage.infrastructure.MonthlyActivityStore;
import org.yiyang.elders.application.ElderCountChanged;
import org.yiyang.orders.application.OrderCompleted;
import org.yiyang.renovation.application.PlanApproved;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.visits.application.VisitRecorded;

/**
 * Keeps the coverage figures from what the contexts publish. The observers run inside the transaction that made
 * the change, so a figure is exactly what happened: the change and its count commit together or not at all. The
 * month is the China month of the event. No context calls coverage.
 */
@ApplicationScoped
public class CoverageObservers {

    @Inject
    CountyFiguresStore figures;

    @Inject
    MonthlyActivityStore activity;

    void eldersChanged(@Observes ElderCountChanged e) {
        if (e.delta() != 0) {
            figures.addElders(e.county(), e.delta());
        }
    }

    void orderCompleted(@Observes OrderCompleted e) {
        activity.add(e.county(), ChinaTime.monthOf(e.completedAt()), 1, 0, BigDecimal.ZERO, 0);
    }

    void planApproved(@Observes PlanApproved e) {
        activity.add(e.county(), ChinaTime.monthOf(e.approvedAt()), 0, 1, e.subsidy(), 0);
    }

    void visitRecorded(@Observes VisitRecorded e) {
        activity.add(e.county(), ChinaTime.monthOf(e.visitedAt()), 0, 0, BigDecimal.ZERO, 1);
    }
}
