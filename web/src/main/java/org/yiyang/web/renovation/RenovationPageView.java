package org.yiyang.web.renovation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.renovation.application.Allowances;
import org.yiyang.renovation.application.Approvals;
import org.yiyang.renovation.application.Assessments;
import org.yiyang.renovation.application.CatalogItemView;
import org.yiyang.renovation.application.HouseholdAllowance;
import org.yiyang.renovation.application.ItemChoice;
import org.yiyang.renovation.application.PlanBoard;
import org.yiyang.renovation.application.PlanEventView;
import org.yiyang.renovation.application.PlanItemView;
import org.yiyang.renovation.application.PlanPhotos;
import org.yiyang.renovation.application.PlanView;
import org.yiyang.renovation.application.RenovationCatalog;
import org.yiyang.renovation.application.Works;
import org.yiyang.renovation.domain.HouseholdSubsidy;
import org.yiyang.renovation.domain.PlanAction;
import org.yiyang.shared.application.AttachmentView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Money;
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
            return (quantity == null || quantity < 1 ? Money.ZERO : Money.of(item.unitPrice()).times(quantity)).amount();
        }
    }

    @Inject
    transient PlanBoard board;

    @Inject
    transient Assessments assessments;

    @Inject
    transient Approvals approvals;

    @Inject
    transient Works works;

    @Inject
    transient PlanPhotos planPhotos;

    @Inject
    transient Allowances allowances;

    @Inject
    transient RenovationCatalog catalog;

    @Inject
    transient ProviderRegistry providers;

    private Long id;
    private PlanView plan;
    private Set<PlanAction> actions = Set.of();
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
        plan = board.plan(id);
        actions = board.allowed(id);
        events = board.events(id);
        photos = planPhotos.photos(id);
        allowance = allowances.allowance(id);
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
        step(() -> assessments.assess(id, choices, assessmentNotes));
    }

    public void approve() {
        step(() -> approvals.approve(id, contractorId));
    }

    public void reject() {
        step(() -> approvals.reject(id, reason));
    }

    public void start() {
        step(() -> works.start(id));
    }

    public void complete() {
        step(() -> works.complete(id, notes));
    }

    public void accept() {
        step(() -> works.accept(id, notes));
    }

    public void sendBack() {
        step(() -> works.sendBack(id, reason));
    }

    public void settle() {
        step(() -> works.settle(id));
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
            planPhotos.attach(id, purpose, file.getFileName(), file.getContent());
            photos = planPhotos.photos(id);
            events = board.events(id);
            Faces.info("renovation.photo.saved", file.getFileName());
        } catch (DomainException ex) {
            Faces.show(ex, "actions");
        }
    }

    // ---- what the caller may do now, as the service says (and checks again) ---------------------------

    public boolean isMayAssess() {
        return actions.contains(PlanAction.ASSESS);
    }

    public boolean isMayApprove() {
        return actions.contains(PlanAction.APPROVE);
    }

    public boolean isMayReject() {
        return actions.contains(PlanAction.REJECT);
    }

    public boolean isMayStart() {
        return actions.contains(PlanAction.START);
    }

    public boolean isMayUploadBefore() {
        return actions.contains(PlanAction.PHOTO_BEFORE);
    }

    public boolean isMayComplete() {
        return actions.contains(PlanAction.COMPLETE);
    }

    public boolean isMayAccept() {
        return actions.contains(PlanAction.ACCEPT);
    }

    public boolean isMaySettle() {
        return actions.contains(PlanAction.SETTLE);
    }

    public boolean isAnyStep() {
        return !actions.isEmpty();
    }

    /** The live total of the assessment form. */
    public BigDecimal getFormTotal() {
        return lines.stream().map(l -> Money.of(l.getAmount())).reduce(Money.ZERO, Money::plus).amount();
    }

    /** What an approval would grant now ({@link HouseholdSubsidy}). */
    public BigDecimal getSubsidyPreview() {
        return plan == null || allowance == null ? BigDecimal.ZERO : household().grantFor(plan.total()).amount();
    }

    public BigDecimal getSelfPayPreview() {
        if (plan == null) {
            return BigDecimal.ZERO;
        }
        return allowance == null ? plan.total() : household().selfPayFor(plan.total()).amount();
    }

    private HouseholdSubsidy household() {
        return HouseholdSubsidy.of(allowance.cap(), allowance.approved());
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
