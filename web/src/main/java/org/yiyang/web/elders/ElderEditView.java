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
import org.yiyang.elders.application.Households;
import org.yiyang.elders.application.UpdateElder;
import org.yiyang.elders.application.VillageOption;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/**
 * Editing an elder: name and recorded attributes; where the household lives; which household the elder
 * belongs to. The id and the version travel with the form, so the server re-checks both on save: a form
 * posted with an id outside the caller's county or township answers 404 and changes nothing, a form based
 * on an outdated version is refused.
 */
@Named
@ViewScoped
public class ElderEditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderRegistry registry;

    @Inject
    transient Households households;

    @Inject
    transient ElderQueries queries;

    private Long id;
    private Long version;
    private ElderForm form;
    private String idNumberMasked;
    private List<VillageOption> villages;

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            ElderDetailView elder = queries.elder(id);
            form = ElderForm.of(elder);
            version = elder.version();
            idNumberMasked = elder.idNumberMasked();
            villages = queries.villagesForRegistration();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void save() throws IOException {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            ElderDetailView saved = registry.updateElder(new UpdateElder(id, version, form.getName(), form.details()));
            done(saved);
        } catch (DomainException e) {
            Faces.show(e, "elderForm");
        }
    }

    public void moveHousehold() throws IOException {
        try {
            done(households.moveHousehold(id, form.getVillageCode(), form.getAddress()));
        } catch (DomainException e) {
            Faces.show(e, "residenceForm");
        }
    }

    public void changeHousehold() throws IOException {
        try {
            done(households.changeHousehold(id, form.getHouseholdNo()));
        } catch (DomainException e) {
            Faces.show(e, "householdForm");
        }
    }

    private void done(ElderDetailView saved) throws IOException {
        Faces.info("elder.renamed", saved.name());
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/elders/view.xhtml?id=" + saved.id());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ElderForm getForm() {
        return form;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public List<VillageOption> getVillages() {
        return villages;
    }
}
