package org.yiyang.web.renovation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.renovation.application.CatalogItemView;
import org.yiyang.renovation.application.HouseholdAllowance;
import org.yiyang.renovation.application.ItemChoice;
import org.yiyang.renovation.application.PlanEventView;
import org.yiyang.renovation.application.PlanItemView;
import org.yiyang.renovation.application.PlanView;
import org.yiyang.renovation.application.RenovationCatalog;
import org.yiyang.renovation.application.Renovations;
import org.yiyang.shared.application.AttachmentView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/**
 * One renovation plan ({@code ?id=}) with its items, photos, the household's subsidy, its timeline and the
 * step the caller's role owns now: the assessment form with live totals, the approval with the remaining
 * allowance, the contractor's photos and completion, the township's acceptance, the settlement.
 */
@Named
@ViewScoped
public class RenovationPageView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A catalog item on the assessment form and the quantity chosen (0 = not chosen). */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CatalogItemView item;
        private Integer quantity;

        Line(CatalogItemView item, Integer quantity) {
            this.item = item;
            this.quantity = quantity;
        }

        public CatalogItemView getItem() {
            return item;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getAmount() {
            return quantity == null || quantity < 1 ? BigDecimal.ZERO.setScale(2)
                    : item.unitPrice().multiply(BigDecimal.valueOf(quantity));
        }
    }

    @Inject
    transient Renovations renovations;

    @Inject
    transient RenovationCatalog catalog;

    @Inject
    transient ProviderRegistry providers;

    private Long id;
    private PlanView plan;
    private List<PlanEventView> events = List.of();
    private List<AttachmentView> photos = List.of();
    private HouseholdAllowance allowance;
    private List<Line> lines = List.of();
    private List<ProviderView> contractors = List.of();
    private String assessmentNotes;
    private Long contractorId;
    private String reason;
    private String notes;

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
        plan = renovations.plan(id);
        events = renovations.events(id);
        photos = renovations.photos(id);
        allowance = renovations.allowance(id);
        if (isMayAssess()) {
            Map<String, Integer> chosen = plan.items().stream()
                    .collect(Collectors.toMap(PlanItemView::code, PlanItemView::quantity));
            List<Line> l = new ArrayList<>();
            for (CatalogItemView i : catalog.items()) {
                if (i.active()) {
                    l.add(new Line(i, chosen.get(i.code())));
                }
            }
            lines = l;
            assessmentNotes = plan.assessmentNotes();
        }
        if (isMayApprove()) {
            contractors = providers.providers().stream()
                    .filter(p -> "ACTIVE".equals(p.status()) && p.works().contains("RENOVATION")
                            && p.area().stream().anyMatch(a -> a.code().equals(plan.townshipCode())))
                    .toList();
        }
    }

    private void step(Supplier<?> s) {
        try {
            s.get();
            refresh();
            Faces.info("order.stepDone");
        } catch (DomainException e) {
            Faces.show(e, "actions");
        }
    }

    public void assess() {
        List<ItemChoice> choices = lines.stream().filter(l -> l.getQuantity() != null && l.getQuantity() > 0)
                .map(l -> new ItemChoice(l.getItem().code(), l.getQuantity())).toList();
        step(() -> renovations.assess(id, choices, assessmentNotes));
    }

    public void approve() {
        step(() -> renovations.approve(id, contractorId));
    }

    public void reject() {
        step(() -> renovations.reject(id, reason));
    }

    public void start() {
        step(() -> renovations.start(id));
    }

    public void complete() {
        step(() -> renovations.complete(id, notes));
    }

    public void accept() {
        step(() -> renovations.accept(id, notes));
    }

    public void sendBack() {
        step(() -> renovations.sendBack(id, reason));
    }

    public void settle() {
        step(() -> renovations.settle(id));
    }

    public void uploadAssessment(FileUploadEvent e) {
        upload("ASSESSMENT", e.getFile());
    }

    public void uploadBefore(FileUploadEvent e) {
        upload("BEFORE", e.getFile());
    }

    public void uploadAfter(FileUploadEvent e) {
        upload("AFTER", e.getFile());
    }

    private void upload(String purpose, UploadedFile file) {
        try {
            renovations.attach(id, purpose, file.getFileName(), file.getContent());
            photos = renovations.photos(id);
            events = renovations.events(id);
            Faces.info("renovation.photo.saved", file.getFileName());
        } catch (DomainException ex) {
            Faces.show(ex, "actions");
        }
    }

    // ---- what the caller may do now (the service checks again) ------------------------------------------

    private Caller caller() {
        return TenantScope.requireCaller();
    }

    private boolean countyWide() {
        return caller().hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
    }

    private boolean is(String... statuses) {
        return plan != null && List.of(statuses).contains(plan.status());
    }

    public boolean isMayAssess() {
        return countyWide() && is("APPLIED", "ASSESSED");
    }

    public boolean isMayApprove() {
        return caller().has(Role.COUNTY_ADMIN) && is("ASSESSED");
    }

    public boolean isMayReject() {
        return caller().has(Role.COUNTY_ADMIN) && is("APPLIED", "ASSESSED");
    }

    public boolean isContractor() {
        return !countyWide() && !caller().hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT)
                && caller().hasAny(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
    }

    public boolean isMayStart() {
        return isContractor() && is("APPROVED");
    }

    public boolean isMayUploadBefore() {
        return isContractor() && is("APPROVED", "IN_PROGRESS");
    }

    public boolean isMayComplete() {
        return isContractor() && is("IN_PROGRESS");
    }

    public boolean isMayAccept() {
        return !countyWide() && caller().has(Role.TOWNSHIP_STAFF) && is("COMPLETED");
    }

    public boolean isMaySettle() {
        return caller().has(Role.COUNTY_ADMIN) && is("ACCEPTED");
    }

    public boolean isAnyStep() {
        return isMayAssess() || isMayApprove() || isMayReject() || isMayStart() || isMayUploadBefore()
                || isMayComplete() || isMayAccept() || isMaySettle();
    }

    /** The live total of the assessment form. */
    public BigDecimal getFormTotal() {
        return lines.stream().map(Line::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What an approval would grant now: min(total, remaining). */
    public BigDecimal getSubsidyPreview() {
        return plan == null || allowance == null ? BigDecimal.ZERO : plan.total().min(allowance.remaining());
    }

    public BigDecimal getSelfPayPreview() {
        return plan == null ? BigDecimal.ZERO : plan.total().subtract(getSubsidyPreview());
    }

    public List<AttachmentView> photosOf(String purpose) {
        return photos.stream().filter(p -> p.purpose().equals(purpose)).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanView getPlan() {
        return plan;
    }

    public List<PlanEventView> getEvents() {
        return events;
    }

    public List<AttachmentView> getPhotos() {
        return photos;
    }

    public HouseholdAllowance getAllowance() {
        return allowance;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<ProviderView> getContractors() {
        return contractors;
    }

    public String getAssessmentNotes() {
        return assessmentNotes;
    }

    public void setAssessmentNotes(String assessmentNotes) {
        this.assessmentNotes = assessmentNotes;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public void setContractorId(Long contractorId) {
        this.contractorId = contractorId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
