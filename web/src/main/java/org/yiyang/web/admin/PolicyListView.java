package org.yiyang.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.application.ChangePolicy;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.application.PolicySettingView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** The county's policy settings: what is in force, the history, and changes (county administrators). */
@Named
@ViewScoped
public class PolicyListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CountyPolicies policies;

    @Inject
    transient Clock clock;

    private List<PolicySettingView> settings = List.of();
    private String selectedKey;
    private List<PolicySettingView> history = List.of();
    private String newValue;
    private LocalDate effectiveFrom;
    private String reason;

    public void load() {
        try {
            settings = policies.overview();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void select(String key) {
        selectedKey = key;
        history = policies.history(key);
        newValue = history.get(0).value();
        effectiveFrom = ChinaTime.today(clock);
        reason = null;
    }

    public void change() {
        try {
            policies.change(new ChangePolicy(selectedKey, newValue, effectiveFrom, reason));
            settings = policies.overview();
            history = policies.history(selectedKey);
            Faces.info("policy.changed");
        } catch (DomainException e) {
            Faces.show(e, "changeForm");
        }
    }

    public boolean isAdmin() {
        return TenantScope.currentCaller().map(c -> c.has(Role.COUNTY_ADMIN)).orElse(false);
    }

    public LocalDate getToday() {
        return ChinaTime.today(clock);
    }

    public List<PolicySettingView> getSettings() {
        return settings;
    }

    public String getSelectedKey() {
        return selectedKey;
    }

    public List<PolicySettingView> getHistory() {
        return history;
    }

    public String getNewValue() {
        return newValue;
    }

    public void setNewValue(String newValue) {
        this.newValue = newValue;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
