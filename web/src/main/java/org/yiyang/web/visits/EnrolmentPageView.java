package org.yiyang.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.application.EnrolmentActions;
import org.yiyang.visits.application.EnrolmentView;
import org.yiyang.visits.application.Enrolments;
import org.yiyang.visits.application.FollowUpInput;
import org.yiyang.visits.application.FollowUpView;
import org.yiyang.visits.application.VisitFollowUps;
import org.yiyang.visits.application.VisitInput;
import org.yiyang.visits.application.VisitRecords;
import org.yiyang.visits.application.VisitView;
import org.yiyang.web.faces.Faces;

/** One enrolled elder ({@code ?id=}): tier, visitor, caregiver, the visit form and the visits so far. */
@Named
@ViewScoped
public class EnrolmentPageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient VisitRecords visitRecords;

    @Inject
    transient VisitFollowUps followUps;

    private Long id;
    private EnrolmentView enrolment;
    private List<VisitView> visits = List.of();
    private String kind = "HOME";
    private String health;
    private String living;
    private String safety;
    private String caregiver;
    private String needs;
    private String notes;
    private String tier;
    private String tierReason;
    private List<FollowUpView> chain = List.of();
    private String followKind = "ORDER";
    private String service = "CLEANING";
    private java.time.LocalDateTime scheduledAt;
    private String payer = "SELF";
    private String referredTo;
    private String followNote;

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            refresh();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    private void refresh() {
        enrolment = enrolments.enrolment(id);
        visits = visitRecords.visits(id);
        tier = enrolment.tier();
        chain = followUps.chain(id);
    }

    /** Adds a follow-up to the latest visit: an order or a renovation application (real records), or a referral. */
    public void addFollowUp() {
        if (visits.isEmpty()) {
            return;
        }
        try {
            followUps.add(id, visits.get(0).id(), new FollowUpInput(followKind, service,
                    scheduledAt == null ? null : scheduledAt.atZone(org.yiyang.shared.domain.ChinaTime.ZONE).toInstant(),
                    payer, referredTo, followNote));
            followNote = null;
            referredTo = null;
            refresh();
            Faces.info("order.stepDone");
        } catch (DomainException e) {
            Faces.show(e, "followForm");
        }
    }

    /** A photo of the latest visit. */
    public void uploadPhoto(org.primefaces.event.FileUploadEvent e) {
        if (visits.isEmpty()) {
            return;
        }
        try {
            followUps.attachPhoto(id, visits.get(0).id(), e.getFile().getFileName(), e.getFile().getContent());
            Faces.info("renovation.photo.saved", e.getFile().getFileName());
        } catch (DomainException ex) {
            Faces.show(ex, "followForm");
        }
    }

    public List<org.yiyang.shared.application.AttachmentView> photosOf(long visitId) {
        return followUps.photos(id, visitId);
    }

    public List<FollowUpView> getChain() {
        return chain;
    }

    public String getFollowKind() {
        return followKind;
    }

    public void setFollowKind(String followKind) {
        this.followKind = followKind;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public java.time.LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(java.time.LocalDateTime scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String payer) {
        this.payer = payer;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public void setReferredTo(String referredTo) {
        this.referredTo = referredTo;
    }

    public String getFollowNote() {
        return followNote;
    }

    public void setFollowNote(String followNote) {
        this.followNote = followNote;
    }

    public void record() {
        try {
            visitRecords.recordVisit(id, new VisitInput(null, kind, health, living, safety, caregiver, needs, notes));
            health = living = safety = caregiver = needs = notes = null;
            refresh();
            Faces.info("visit.recorded");
        } catch (DomainException e) {
            Faces.show(e, "visitForm");
        }
    }

    public void changeTier() {
        try {
            enrolments.changeTier(id, tier, tierReason);
            refresh();
            Faces.info("order.stepDone");
        } catch (DomainException e) {
            Faces.show(e, "tierForm");
        }
    }

    /** What the caller may do with this enrolment (the use cases' own rule). */
    private EnrolmentActions actions() {
        return EnrolmentActions.allowed(TenantScope.requireCaller(), enrolment == null ? null : enrolment.visitorUsername());
    }

    public boolean isMayRecord() {
        return enrolment != null && actions().recordVisit();
    }

    public boolean isMaySetTier() {
        return actions().setTier();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EnrolmentView getEnrolment() {
        return enrolment;
    }

    public List<VisitView> getVisits() {
        return visits;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public String getLiving() {
        return living;
    }

    public void setLiving(String living) {
        this.living = living;
    }

    public String getSafety() {
        return safety;
    }

    public void setSafety(String safety) {
        this.safety = safety;
    }

    public String getCaregiver() {
        return caregiver;
    }

    public void setCaregiver(String caregiver) {
        this.caregiver = caregiver;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getTierReason() {
        return tierReason;
    }

    public void setTierReason(String tierReason) {
        this.tierReason = tierReason;
    }
}
