package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.yiyang.renovation.domain.PhotoPurpose;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanAction;
import org.yiyang.shared.application.AttachmentStore;
import org.yiyang.shared.application.AttachmentView;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.application.StoredFile;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * A plan's photos (or PDFs) in the shared attachment store: assessment photos by the assessors before the
 * decision, before and after photos by the contractor while it builds; seen by whoever sees the plan.
 */
@Stateless
public class PlanPhotos {

    /** The owner type of a plan's attachments. */
    public static final String OWNER = "renovation";

    @Inject
    AttachmentStore attachments;

    @Inject
    PlanScope scope;

    public AttachmentView attach(long planId, String purpose, String fileName, byte[] content) {
        TenantScope.requireCaller();
        PhotoPurpose p = Inputs.parse(PhotoPurpose.class, purpose, "purpose");
        if (p == null) {
            throw DomainException.invalid("purpose", "renovation.photo.purpose");
        }
        PlanAction step = PlanAction.photo(p);
        Caller caller = PlanActions.require(step);
        Plan plan = scope.visible(caller, planId);
        if (!step.takenFrom(plan.status())) {
            throw DomainException.conflict("renovation.photo.notNow", new DomainException.Label("PlanStatus."
                    + plan.status()));
        }
        AttachmentView v = attachments.store(OWNER, plan.id(), p.name(), fileName, content);
        scope.record(plan, caller, step.step(), plan.status(), p.name() + " " + v.fileName());
        return v;
    }

    public List<AttachmentView> photos(long planId) {
        Plan plan = scope.visible(TenantScope.requireCaller(), planId);
        return attachments.list(OWNER, plan.id());
    }

    public StoredFile photo(long planId, long attachmentId, boolean thumbnail) {
        Plan plan = scope.visible(TenantScope.requireCaller(), planId);
        Optional<StoredFile> f = thumbnail ? attachments.thumbnail(OWNER, plan.id(), attachmentId)
                : attachments.content(OWNER, plan.id(), attachmentId);
        return f.orElseThrow(() -> DomainException.notFound("attachment.notFound", String.valueOf(attachmentId)));
    }
}
