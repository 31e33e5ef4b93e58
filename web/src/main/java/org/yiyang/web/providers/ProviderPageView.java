package org.yiyang.web.providers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderStaff;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.providers.application.StaffInput;
import org.yiyang.providers.application.StaffView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/**
 * One provider ({@code ?id=}; a provider's own users without it see their own) with its staff; the
 * provider's administrator (and the county administrator) add and deactivate staff.
 */
@Named
@ViewScoped
public class ProviderPageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ProviderRegistry providers;

    @Inject
    transient ProviderStaff providerStaff;

    private Long id;
    private ProviderView provider;
    private List<StaffView> staff = List.of();
    private String staffName;
    private String staffPhone;
    private String staffUsername;
    private String staffQualifications;

    public void load() {
        try {
            if (id == null) {
                provider = providers.myProvider().orElse(null);
                if (provider == null) {
                    Faces.notFound();
                    return;
                }
                id = provider.id();
            } else {
                provider = providers.provider(id);
            }
            staff = providerStaff.staff(id);
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void addStaff() {
        try {
            StaffView s = providerStaff.addStaff(id, new StaffInput(staffName, staffPhone, staffUsername, staffQualifications));
            staff = providerStaff.staff(id);
            staffName = null;
            staffPhone = null;
            staffUsername = null;
            staffQualifications = null;
            Faces.info("staff.added", s.name());
        } catch (DomainException e) {
            Faces.show(e, "staffForm");
        }
    }

    public void deactivate(long staffId) {
        try {
            StaffView s = providerStaff.deactivateStaff(staffId);
            staff = providerStaff.staff(id);
            Faces.info("staff.deactivated", s.name());
        } catch (DomainException e) {
            Faces.show(e, "staffList");
        }
    }

    /** The provider's administrator, or the county administrator. */
    public boolean isMayManageStaff() {
        Caller c = TenantScope.requireCaller();
        return c.has(Role.COUNTY_ADMIN) || c.has(Role.PROVIDER_ADMIN)
                && c.provider().map(code -> provider != null && code.equals(provider.code())).orElse(false);
    }

    public boolean isMayEdit() {
        return TenantScope.requireCaller().has(Role.COUNTY_ADMIN);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProviderView getProvider() {
        return provider;
    }

    public List<StaffView> getStaff() {
        return staff;
    }

    public String getStaffName() {
        return staffName;
    }

    public void setStaffName(String staffName) {
        this.staffName = staffName;
    }

    public String getStaffPhone() {
        return staffPhone;
    }

    public void setStaffPhone(String staffPhone) {
        this.staffPhone = staffPhone;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void setStaffUsername(String staffUsername) {
        this.staffUsername = staffUsername;
    }

    public String getStaffQualifications() {
        return staffQualifications;
    }

    public void setStaffQualifications(String staffQualifications) {
        this.staffQualifications = staffQualifications;
    }
}
