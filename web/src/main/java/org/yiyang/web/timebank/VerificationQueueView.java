package org.yiyang.web.timebank;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.timebank.application.HoursEntries;
import org.yiyang.timebank.application.HoursView;
import org.yiyang.web.faces.Faces;

/** The organisers' verification queue: the pending hours of the activities of their reach, verified or rejected. */
@Named
@ViewScoped
public class VerificationQueueView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient HoursEntries hoursEntries;

    private List<HoursView> pending = List.of();
    private Long rejectId;
    private String reason;

    public void load() {
        try {
            pending = hoursEntries.entries(null, "PENDING");
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void verify(long id) {
        try {
            hoursEntries.verify(id);
            Faces.info("timebank.queue.verified");
            load();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void askReject(long id) {
        rejectId = id;
        reason = null;
    }

    public void reject() {
        try {
            hoursEntries.reject(rejectId, reason);
            Faces.info("timebank.queue.rejected");
            load();
        } catch (DomainException e) {
            Faces.show(e, "rejectForm");
        }
    }

    public List<HoursView> getPending() {
        return pending;
    }

    public Long getRejectId() {
        return rejectId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
