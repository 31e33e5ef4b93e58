package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.yiyang.renovation.domain.PhotoPurpose;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanAction;
import org.yiyang.renovation.domain.PlanStatus;
import org.yiyang.shared.application.AttachmentStore;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;

/**
 * The works of an approved plan: construction and completion with photos (the contractor), the acceptance (验收)
 * or its refusal (township staff), the settlement with the contractor (county administrator).
 */
@Stateless
public class Works {

    @Inject
    AttachmentStore attachments;

    @Inject
    PlanScope scope;

    @Inject
    RenovationViews views;

    @Inject
    Clock clock;

    public PlanView start(long planId) {
        Caller caller = PlanActions.require(PlanAction.START);
        Plan plan = scope.visible(caller, planId);
        PlanStatus from = plan.start(caller.username(), clock.instant());
        scope.record(plan, caller, PlanAction.START.step(), from, null);
        return views.view(plan);
    }

    /** Built: needs at least one photo before and one after the work. */
    public PlanView complete(long planId, String notes) {
        Caller caller = PlanActions.require(PlanAction.COMPLETE);
        Plan plan = scope.visible(caller, planId);
        if (plan.status() == PlanStatus.IN_PROGRESS && (!hasPhoto(plan, PhotoPurpose.BEFORE)
                || !hasPhoto(plan, PhotoPurpose.AFTER))) {
            throw DomainException.invalid("photos", "renovation.photos.required");
        }
        String n = Inputs.text(notes, PlanScope.MAX_TEXT, "notes");
        PlanStatus from = plan.complete(n, caller.username(), clock.instant());
        scope.record(plan, caller, PlanAction.COMPLETE.step(), from, n);
        return views.view(plan);
    }

    private boolean hasPhoto(Plan plan, PhotoPurpose purpose) {
        return attachments.count(PlanPhotos.OWNER, plan.id(), purpose.name()) > 0;
    }

    /** The township's acceptance (验收). */
    public PlanView accept(long planId, String notes) {
        Caller caller = PlanActions.require(PlanAction.ACCEPT);
        Plan plan = scope.visible(caller, planId);
        PlanStatus from = plan.accept(caller.username(), clock.instant());
        scope.record(plan, caller, PlanAction.ACCEPT.step(), from, Inputs.text(notes, PlanScope.MAX_TEXT, "notes"));
        return views.view(plan);
    }

    /** Acceptance refused: back to the contractor, with what to put right. */
    public PlanView sendBack(long planId, String reason) {
        Caller caller = PlanActions.require(PlanAction.SEND_BACK);
        Plan plan = scope.visible(caller, planId);
        String why = Inputs.reason(reason);
        PlanStatus from = plan.sendBack(why, caller.username(), clock.instant());
        scope.record(plan, caller, PlanAction.SEND_BACK.step(), from, why);
        return views.view(plan);
    }

    /** Settles an accepted plan with its contractor (the subsidy is paid to the contractor). */
    public PlanView settle(long planId) {
        Caller caller = PlanActions.require(PlanAction.SETTLE);
        Plan plan = scope.visible(caller, planId);
        PlanStatus from = plan.settle(caller.username(), clock.instant());
        scope.record(plan, caller, PlanAction.SETTLE.step(), from, "¥" + plan.subsidy().toPlainString());
        return views.view(plan);
    }
}
