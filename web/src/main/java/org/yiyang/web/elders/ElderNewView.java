package org.yiyang.web.elders;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.yiyang.elders.application.ElderRegistry;
import org.yiyang.elders.application.ElderView;
import org.yiyang.elders.application.RegisterElder;
import org.yiyang.elders.application.VillageOption;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** Registering an elder: name, ID number, village. The server validates everything. */
@Named
@ViewScoped
public class ElderNewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderRegistry registry;

    private String name;
    private String idNumber;
    private String villageCode;
    private List<VillageOption> villages;

    public void load() {
        try {
            villages = registry.villagesForRegistration();
        } catch (DomainException e) {
            Faces.forbidden();
        }
    }

    public void save() throws IOException {
        try {
            ElderView saved = registry.registerElder(new RegisterElder(name, idNumber, villageCode));
            Faces.info("elder.saved", saved.name());
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/elders/view.xhtml?id=" + saved.id());
        } catch (DomainException e) {
            Faces.show(e, "elderForm");
        }
    }

    public List<VillageOption> getVillages() {
        return villages;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }
}
