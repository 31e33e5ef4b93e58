package org.yiyang.visits.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.orders.application.CreateOrder;
import org.yiyang.orders.application.OrderIntake;
import org.yiyang.orders.application.OrderView;
import org.yiyang.renovation.application.Application;
import org.yiyang.renovation.application.PlanView;
import org.yiyang.renovation.application.Renovations;
import org.yiyang.shared.application.AttachmentStore;
import org.yiyang.shared.application.AttachmentView;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.application.StoredFile;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.FollowUp;
import org.yiyang.visits.domain.Visit;

/**
 * What visits set in motion, one chain per elder (一户一条帮扶链): a home-service order or a renovation
 * application created through those services' own use cases (so their rules and roles apply), or a referral;
 * and the photos of a visit, kept in the shared attachment store.
 */
@Stateless
public class VisitFollowUps {

    public static final String OWNER = "visit";
    static final Set<String> ORDER_CLOSED = Set.of("CONFIRMED", "SETTLED", "CANCELLED");
    static final Set<String> PLAN_CLOSED = Set.of("SETTLED", "REJECTED");

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    VisitProgramme programme;

    @Inject
    OrderIntake orders;

    @Inject
    Renovations renovations;

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
        em.persist(f);
        return view(f, visit);
    }

    /** Closes a referral with what came of it. */
    public FollowUpView closeReferral(long enrolmentId, long followUpId, String note) {
        EnrolmentView enrolment = programme.enrolment(enrolmentId);
        FollowUp f = Optional.ofNullable(em.find(FollowUp.class, followUpId)).filter(x -> x.enrolmentId() == enrolmentId)
                .orElseThrow(() -> DomainException.notFound("visit.followup.notFound", String.valueOf(followUpId)));
        requireVisitorOrStaff(enrolment);
        f.close(Inputs.reason(note), TenantScope.requireCaller().username(), clock.instant());
        return view(f, em.find(Visit.class, f.visitId()));
    }

    /** The elder's chain: every follow-up of every visit, newest first, with where each stands. */
    public List<FollowUpView> chain(long enrolmentId) {
        programme.enrolment(enrolmentId);
        return em.createQuery("select f from FollowUp f where f.enrolmentId = :e order by f.createdAt desc, f.id desc",
                FollowUp.class).setParameter("e", enrolmentId).setMaxResults(200).getResultList().stream()
                .map(f -> view(f, em.find(Visit.class, f.visitId()))).toList();
    }

    public AttachmentView attachPhoto(long enrolmentId, long visitId, String fileName, byte[] content) {
        Visit v = ownVisit(enrolmentId, visitId);
        return attachments.storeImage(OWNER, v.id(), "VISIT", fileName, content);
    }

    public List<AttachmentView> photos(long enrolmentId, long visitId) {
        programme.enrolment(enrolmentId);
        Visit v = visitOf(enrolmentId, visitId);
        return attachments.list(OWNER, v.id());
    }

    public StoredFile photo(long enrolmentId, long visitId, long attachmentId, boolean thumbnail) {
        programme.enrolment(enrolmentId);
        Visit v = visitOf(enrolmentId, visitId);
        return (thumbnail ? attachments.thumbnail(OWNER, v.id(), attachmentId) : attachments.content(OWNER, v.id(),
                attachmentId)).orElseThrow(() -> DomainException.notFound("attachment.notFound",
                String.valueOf(attachmentId)));
    }

    /** A visit of this enrolment that the caller may add to (its visitor, or township or bureau staff). */
    private Visit ownVisit(long enrolmentId, long visitId) {
        EnrolmentView enrolment = programme.enrolment(enrolmentId);
        Visit v = visitOf(enrolmentId, visitId);
        requireVisitorOrStaff(enrolment);
        return v;
    }

    private Visit visitOf(long enrolmentId, long visitId) {
        return Optional.ofNullable(em.find(Visit.class, visitId)).filter(v -> v.enrolmentId() == enrolmentId)
                .orElseThrow(() -> DomainException.notFound("visit.visit.notFound", String.valueOf(visitId)));
    }

    private void requireVisitorOrStaff(EnrolmentView enrolment) {
        Caller caller = TenantScope.requireCaller();
        if (!caller.username().equals(enrolment.visitorUsername()) && !caller.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF)) {
            throw DomainException.forbidden("visit.visitorOnly");
        }
    }

    private FollowUpView view(FollowUp f, Visit v) {
        String status;
        boolean closed;
        String county = TenantScope.requireCounty();
        if (f.kind() == FollowUp.Kind.ORDER) {
            status = statusOf("orders_order", county, f.orderId());
            closed = ORDER_CLOSED.contains(status);
        } else if (f.kind() == FollowUp.Kind.RENOVATION) {
            status = statusOf("renovation_plan", county, f.planId());
            closed = PLAN_CLOSED.contains(status);
        } else {
            closed = f.closedAt() != null;
            status = closed ? "CLOSED" : "OPEN";
        }
        return new FollowUpView(f.id(), f.visitId(), v == null ? null : v.visitedAt(), f.kind().name(), f.orderId(),
                f.planId(), f.referredTo(), f.note(), status, closed, f.closingNote(), f.createdAt(), f.createdBy());
    }

    private String statusOf(String table, String county, Long id) {
        @SuppressWarnings("unchecked")
        List<String> s = em.createNativeQuery("SELECT status FROM " + table + " WHERE county_code = ?1 AND id = ?2")
                .setParameter(1, county).setParameter(2, id).getResultList();
        return s.isEmpty() ? "UNKNOWN" : s.get(0);
    }
}
