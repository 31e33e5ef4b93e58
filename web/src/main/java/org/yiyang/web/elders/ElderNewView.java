package org.yiyang.web.elders;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.yiyang.elders.application.ElderDetailView;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderRegistry;
import org.yiyang.elders.application.RegisterElder;
import org.yiyang.elders.application.VillageOption;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** Registering an elder. The server validates everything and reports next to the field at fault. */
@Named
@ViewScoped
public class ElderNewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderRegistry registry;

    @Inject
    transient ElderQueries queries;

    private final ElderForm form = new ElderForm();
    private List<VillageOption> villages;

    public void load() {
        try {
            villages = queries.villagesForRegistration();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void save() throws IOException {
        try {
            ElderDetailView saved = registry.registerElder(new RegisterElder(form.getName(), form.getIdNumber(),
                    form.getVillageCode(), form.getAddress(), form.getHouseholdNo(), form.details()));
            Faces.info("elder.saved", saved.name());
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/elders/view.xhtml?id=" + saved.id());
        } catch (DomainException e) {
            Faces.show(e, "elderForm");
        }
    }

    public ElderForm getForm() {
        return form;
    }

    public List<VillageOption> getVillages() {
        return villages;
    }
}
