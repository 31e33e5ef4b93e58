package org.yiyang.web.providers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** The county's providers (a provider's own users see only their own). */
@Named
@ViewScoped
public class ProviderListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ProviderRegistry providers;

    private List<ProviderView> list = List.of();

    public void load() {
        try {
            list = providers.providers();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public List<ProviderView> getList() {
        return list;
    }

    public boolean isMayRegister() {
        return TenantScope.currentCaller().map(c -> c.county().isPresent() && c.has(Role.COUNTY_ADMIN)).orElse(false);
    }
}
