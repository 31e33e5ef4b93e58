package org.yiyang.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.application.AlertView;
import org.yiyang.visits.application.EnrolmentView;
import org.yiyang.visits.application.VisitReminders;
import org.yiyang.visits.application.WeatherAlerts;
import org.yiyang.web.faces.Faces;

/** Extreme-weather alerts: declaring one (county administrator) and the live progress of each. */
@Named
@ViewScoped
public class AlertsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient WeatherAlerts weatherAlerts;

    @Inject
    transient VisitReminders reminders;

    @Inject
    org.yiyang.visits.application.ReminderTexts texts;

    @Inject
    transient Places places;

    @Inject
    transient Clock clock;

    private List<AlertView> alerts = List.of();
    private List<TownshipView> townships = List.of();
    private Long selected;
    private AlertView alert;
    private List<EnrolmentView> open = List.of();
    private List<EnrolmentView> done = List.of();
    private String kind = "COLD";
    private List<String> chosen = List.of();
    private LocalDateTime endsAt;

    public void load() {
        try {
            alerts = weatherAlerts.alerts();
            townships = places.townships();
            if (selected == null && !alerts.isEmpty()) {
                selected = alerts.get(0).id();
            }
            progress();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** The selected alert's progress, as now (the page polls it). */
    public void progress() {
        if (selected == null) {
            return;
        }
        try {
            alert = weatherAlerts.alert(selected);
            open = weatherAlerts.alertTasks(selected, false);
            done = weatherAlerts.alertTasks(selected, true);
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void declare() {
        try {
            AlertView a = weatherAlerts.declareAlert(kind, chosen, null, endsAt == null ? null : endsAt.atZone(ChinaTime.ZONE).toInstant());
            reminders.createWeather(clock.instant());
            texts.sendSoon();
            selected = a.id();
            alerts = weatherAlerts.alerts();
            progress();
            Faces.info("visit.alert.declared", a.tasks());
        } catch (DomainException e) {
            Faces.show(e, "declareForm");
        }
    }

    public void select(long id) {
        selected = id;
        progress();
    }

    public boolean isMayDeclare() {
        return WeatherAlerts.mayDeclare(TenantScope.requireCaller());
    }

    public List<AlertView> getAlerts() {
        return alerts;
    }

    public List<TownshipView> getTownships() {
        return townships;
    }

    public AlertView getAlert() {
        return alert;
    }

    public List<EnrolmentView> getOpen() {
        return open;
    }

    public List<EnrolmentView> getDone() {
        return done;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }
}
