package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.shared.application.AttachmentView;

/**
 * A plan's whole life in one bean, for callers that run plans through every step (the demo seed): each method is
 * the use case of the same name in {@link Applications}, {@link Assessments}, {@link Approvals}, {@link Works},
 * {@link PlanPhotos} or {@link PlanBoard}, with its roles and rules.
 */
@Stateless
public class Renovations {

    @Inject
    Applications applications;

    @Inject
    Assessments assessments;

    @Inject
    Approvals approvals;

    @Inject
    Works works;

    @Inject
    PlanPhotos photos;

    @Inject
    PlanBoard board;

    public PlanView apply(Application a) {
        return applications.apply(a);
    }

    public PlanView assess(long planId, List<ItemChoice> choices, String notes) {
        return assessments.assess(planId, choices, notes);
    }

    public PlanView approve(long planId, Long contractorId) {
        return approvals.approve(planId, contractorId);
    }

    public PlanView reject(long planId, String reason) {
        return approvals.reject(planId, reason);
    }

    public PlanView start(long planId) {
        return works.start(planId);
    }

    public PlanView complete(long planId, String notes) {
        return works.complete(planId, notes);
    }

    public PlanView accept(long planId, String notes) {
        return works.accept(planId, notes);
    }

    public PlanView settle(long planId) {
        return works.settle(planId);
    }

    public AttachmentView attach(long planId, String purpose, String fileName, byte[] content) {
        return photos.attach(planId, purpose, fileName, content);
    }

    public PlanPage search(PlanQuery q, int first, int max) {
        return board.search(q, first, max);
    }
}
