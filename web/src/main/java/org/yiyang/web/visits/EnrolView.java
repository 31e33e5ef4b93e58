package org.yiyang.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yiyang.elders.application.ElderDetailView;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.visits.application.EnrolInput;
import org.yiyang.visits.application.EnrolmentView;
import org.yiyang.visits.application.Enrolments;
import org.yiyang.web.faces.Faces;

/** Enrols an elder ({@code ?elder=}) in the visit programme. */
@Named
@ViewScoped
public class EnrolView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderQueries elders;

    @Inject
    transient Enrolments enrolments;

    private Long elderId;
    private ElderDetailView elder;
    private boolean livesElsewhere;
    private String visitorUsername;
    private String visitorName;
    private String visitorPhone;
    private String caregiverName;
    private String caregiverPhone;
    private String careDuties;

    public void load() {
        if (elderId == null) {
            Faces.notFound();
            return;
        }
        try {
            elder = elders.elder(elderId);
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public String save() {
        try {
            EnrolmentView e = enrolments.enrol(new EnrolInput(elderId, livesElsewhere, null, null, visitorUsername,
                    visitorName, visitorPhone, caregiverName, caregiverPhone, careDuties, null, null));
            Faces.info("visit.enrolled");
            return "/visits/enrolment?faces-redirect=true&id=" + e.id();
        } catch (DomainException e) {
            Faces.show(e, "enrolForm");
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

    public boolean isLivesElsewhere() {
        return livesElsewhere;
    }

    public void setLivesElsewhere(boolean livesElsewhere) {
        this.livesElsewhere = livesElsewhere;
    }

    public String getVisitorUsername() {
        return visitorUsername;
    }

    public void setVisitorUsername(String visitorUsername) {
        this.visitorUsername = visitorUsername;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public void setVisitorName(String visitorName) {
        this.visitorName = visitorName;
    }

    public String getVisitorPhone() {
        return visitorPhone;
    }

    public void setVisitorPhone(String visitorPhone) {
        this.visitorPhone = visitorPhone;
    }

    public String getCaregiverName() {
        return caregiverName;
    }

    public void setCaregiverName(String caregiverName) {
        this.caregiverName = caregiverName;
    }

    public String getCaregiverPhone() {
        return caregiverPhone;
    }

    public void setCaregiverPhone(String caregiverPhone) {
        this.caregiverPhone = caregiverPhone;
    }

    public String getCareDuties() {
        return careDuties;
    }

    public void setCareDuties(String careDuties) {
        this.careDuties = careDuties;
    }
}
