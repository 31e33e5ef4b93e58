package org.yiyang.web.renovation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yiyang.elders.application.ElderDetailView;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.renovation.application.Allowances;
import org.yiyang.renovation.application.Application;
import org.yiyang.renovation.application.Applications;
import org.yiyang.renovation.application.HouseholdAllowance;
import org.yiyang.renovation.application.PlanView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** A renovation application for an elder's household ({@code ?elder=}), filed on the elder's behalf. */
@Named
@ViewScoped
public class RenovationNewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderQueries elders;

    @Inject
    transient Applications applications;

    @Inject
    transient Allowances allowances;

    private Long elderId;
    private ElderDetailView elder;
    private HouseholdAllowance allowance;
    private String applicantKind = "ELDER";
    private String applicantName;
    private String applicantPhone;
    private String notes;

    public void load() {
        if (elderId == null) {
            Faces.notFound();
            return;
        }
        try {
            elder = elders.elder(elderId);
            allowance = allowances.householdAllowance(elder.householdId());
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public String save() {
        try {
            PlanView p = applications.apply(new Application(elderId, applicantKind, applicantName, applicantPhone,
                    notes));
            Faces.info("renovation.applied");
            return "/renovations/view?faces-redirect=true&id=" + p.id();
        } catch (DomainException e) {
            Faces.show(e, "applyForm");
            return null;
        }
    }

    public Long getElderId() {
        return elderId;
    }

    public void setElderId(Long elderId) {
        this.elderId = elderId;
    }

    public ElderDetailView getElder() {
        return elder;
    }

    public HouseholdAllowance getAllowance() {
        return allowance;
    }

    public String getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(String applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
