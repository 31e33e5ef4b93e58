package org.yiyang.visits.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.AlertRepository;
import org.yiyang.visits.domain.Enrolment;
import org.yiyang.visits.domain.Visit;
import org.yiyang.visits.domain.VisitKind;
import org.yiyang.visits.domain.VisitRepository;

/** Visit records: a visit at the elder's home or by phone, with the checklist and notes. */
@Stateless
public class VisitRecords {

    static final int MAX_CHECK = 300;
    static final int LIST_LIMIT = 200;

    @Inject
    VisitRepository visits;

    @Inject
    AlertRepository alerts;

    @Inject
    EnrolmentViews views;

    @Inject
    Event<VisitRecorded> recorded;

    @Inject
    Clock clock;

    /**
     * Records a visit (the visitor, or the township's or bureau's staff); a home visit fulfils the elder's open
     * must-visit tasks of alerts declared before it.
     */
    public VisitView recordVisit(long enrolmentId, VisitInput in) {
        Caller caller = TenantScope.requireCaller();
        Enrolment e = views.visible(caller, enrolmentId);
        EnrolmentActions.requireRecordVisit(caller, e.visitorUsername());
        if (in == null) {
            throw DomainException.invalid("kind", "visit.kind.required");
        }
        Instant now = clock.instant();
        Instant at = in.visitedAt() == null ? now : in.visitedAt();
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw DomainException.invalid("visitedAt", "visit.time.future");
        }
        if (at.isBefore(now.minus(Duration.ofDays(30)))) {
            throw DomainException.invalid("visitedAt", "visit.time.tooOld");
        }
        VisitKind kind = Inputs.parse(VisitKind.class, in.kind(), "kind");
        if (kind == null) {
            throw DomainException.invalid("kind", "visit.kind.required");
        }
        Visit v = new Visit(e.id(), e.elderId(), at, caller.username(), kind,
                Inputs.text(in.health(), MAX_CHECK, "health"), Inputs.text(in.living(), MAX_CHECK, "living"),
                Inputs.text(in.safety(), MAX_CHECK, "safety"), Inputs.text(in.caregiver(), MAX_CHECK, "caregiver"),
                Inputs.text(in.needs(), MAX_CHECK, "needs"), Inputs.text(in.notes(), 500, "notes"), now);
        visits.store(v);
        e.visited(ChinaTime.dayOf(at), caller.username(), now);
        alerts.fulfil(e.id(), v.id(), at, kind);
        recorded.fire(new VisitRecorded(TenantScope.requireCounty(), v.id(), e.id(), e.elderId(), e.townshipCode(), at));
        return view(v);
    }

    /** The enrolment's visits, latest first. */
    public List<VisitView> visits(long enrolmentId) {
        Enrolment e = views.visible(TenantScope.requireCaller(), enrolmentId);
        return visits.ofEnrolment(e.id(), LIST_LIMIT).stream().map(VisitRecords::view).toList();
    }

    private static VisitView view(Visit v) {
        return new VisitView(v.id(), v.enrolmentId(), v.visitedAt(), v.visitor(), v.kind().name(), v.health(),
                v.living(), v.safety(), v.caregiver(), v.needs(), v.notes());
    }
}
