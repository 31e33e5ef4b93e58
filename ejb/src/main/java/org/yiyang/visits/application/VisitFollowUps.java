package org.yiyang.visits.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.yiyang.orders.application.CreateOrder;
import org.yiyang.orders.application.OrderIntake;
import org.yiyang.orders.application.OrderStatusQuery;
import org.yiyang.orders.application.OrderView;
import org.yiyang.renovation.application.Application;
import org.yiyang.renovation.application.PlanStatusQuery;
import org.yiyang.renovation.application.PlanView;
import org.yiyang.renovation.application.Applications;
import org.yiyang.shared.application.AttachmentStore;
import org.yiyang.shared.application.AttachmentView;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.application.StoredFile;
import org.yiyang.shared.application.WorkState;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.Enrolment;
import org.yiyang.visits.domain.FollowUp;
import org.yiyang.visits.domain.Visit;
import org.yiyang.visits.domain.VisitRepository;

/**
 * What visits set in motion, one chain per elder (一户一条帮扶链): a home-service order or a renovation
 * application created through those services' own use cases (so their rules and roles apply), or a referral;
 * and the photos of a visit, kept in the shared attachment store.
 */
@Stateless
public class VisitFollowUps {

    public static final String OWNER = "visit";
    static final int CHAIN_LIMIT = 200;
    /** Where an order or plan stands that its context does not know. */
    static final WorkState UNKNOWN = new WorkState("UNKNOWN", false);

    @Inject
    VisitRepository visits;

    @Inject
    EnrolmentViews views;

    @Inject
    OrderStatusQuery orderStatus;

    @Inject
    PlanStatusQuery planStatus;

    @Inject
    OrderIntake orders;

    @Inject
    Applications renovations;

    @Inject
    AttachmentStore attachments;

    @Inject
    Clock clock;

    public FollowUpView add(long enrolmentId, long visitId, FollowUpInput in) {
        Visit visit = ownVisit(enrolmentId, visitId);
        Caller caller = TenantScope.requireCaller();
        if (in == null) {
            throw DomainException.invalid("kind", "visit.followup.kind");
        }
        FollowUp.Kind kind = Inputs.parse(FollowUp.Kind.class, in.kind(), "kind");
        if (kind == null) {
            throw DomainException.invalid("kind", "visit.followup.kind");
        }
        String note = Inputs.text(in.note(), 500, "note");
        FollowUp f = switch (kind) {
            case ORDER -> {
                OrderView o = orders.createOrder(new CreateOrder(visit.elderId(), null, in.service(), in.scheduledAt(), 1,
                        in.payer(), null, note));
                yield new FollowUp(visit, kind, o.id(), null, null, note, caller.username(), clock.instant());
            }
            case RENOVATION -> {
                PlanView p = renovations.apply(new Application(visit.elderId(), "ASSISTANT", null, null, note));
                yield new FollowUp(visit, kind, null, p.id(), null, note, caller.username(), clock.instant());
            }
            case REFERRAL -> {
                String to = Inputs.text(in.referredTo(), 100, "referredTo");
                if (to == null) {
                    throw DomainException.invalid("referredTo", "visit.followup.referredTo");
                }
                yield new FollowUp(visit, kind, null, null, to, note, caller.username(), clock.instant());
            }
        };
        visits.store(f);
        return view(f, visit);
    }

    /** Closes a referral with what came of it. */
    public FollowUpView closeReferral(long enrolmentId, long followUpId, String note) {
        Caller caller = TenantScope.requireCaller();
        Enrolment enrolment = views.visible(caller, enrolmentId);
        FollowUp f = visits.findFollowUp(followUpId).filter(x -> x.enrolmentId() == enrolmentId)
                .orElseThrow(() -> DomainException.notFound("visit.followup.notFound", String.valueOf(followUpId)));
        EnrolmentActions.requireRecordVisit(caller, enrolment.visitorUsername());
        f.close(Inputs.reason(note), caller.username(), clock.instant());
        return view(f, visits.find(f.visitId()).orElse(null));
    }

    /** The elder's chain: every follow-up of every visit, newest first, with where each stands. */
    public List<FollowUpView> chain(long enrolmentId) {
        views.visible(TenantScope.requireCaller(), enrolmentId);
        return visits.followUpsOf(enrolmentId, CHAIN_LIMIT).stream()
                .map(f -> view(f, visits.find(f.visitId()).orElse(null))).toList();
    }

    public AttachmentView attachPhoto(long enrolmentId, long visitId, String fileName, byte[] content) {
        Visit v = ownVisit(enrolmentId, visitId);
        return attachments.storeImage(OWNER, v.id(), "VISIT", fileName, content);
    }

    public List<AttachmentView> photos(long enrolmentId, long visitId) {
        views.visible(TenantScope.requireCaller(), enrolmentId);
        Visit v = visitOf(enrolmentId, visitId);
        return attachments.list(OWNER, v.id());
    }

    public StoredFile photo(long enrolmentId, long visitId, long attachmentId, boolean thumbnail) {
        views.visible(TenantScope.requireCaller(), enrolmentId);
        Visit v = visitOf(enrolmentId, visitId);
        return (thumbnail ? attachments.thumbnail(OWNER, v.id(), attachmentId) : attachments.content(OWNER, v.id(),
                attachmentId)).orElseThrow(() -> DomainException.notFound("attachment.notFound",
                String.valueOf(attachmentId)));
    }

    /** A visit of this enrolment that the caller may add to (its visitor, or township or bureau staff). */
    private Visit ownVisit(long enrolmentId, long visitId) {
        Caller caller = TenantScope.requireCaller();
        Enrolment enrolment = views.visible(caller, enrolmentId);
        Visit v = visitOf(enrolmentId, visitId);
        EnrolmentActions.requireRecordVisit(caller, enrolment.visitorUsername());
        return v;
    }

    private Visit visitOf(long enrolmentId, long visitId) {
        return visits.find(visitId).filter(v -> v.enrolmentId() == enrolmentId)
                .orElseThrow(() -> DomainException.notFound("visit.visit.notFound", String.valueOf(visitId)));
    }

    private FollowUpView view(FollowUp f, Visit v) {
        WorkState state = switch (f.kind()) {
            case ORDER -> Optional.ofNullable(f.orderId()).flatMap(orderStatus::of).orElse(UNKNOWN);
            case RENOVATION -> Optional.ofNullable(f.planId()).flatMap(planStatus::of).orElse(UNKNOWN);
            case REFERRAL -> f.closedAt() != null ? new WorkState("CLOSED", true) : new WorkState("OPEN", false);
        };
        return new FollowUpView(f.id(), f.visitId(), v == null ? null : v.visitedAt(), f.kind().name(), f.orderId(),
                f.planId(), f.referredTo(), f.note(), state.status(), state.finished(), f.closingNote(), f.createdAt(),
                f.createdBy());
    }
}
