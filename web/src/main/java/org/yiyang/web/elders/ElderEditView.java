package org.yiyang.web.elders;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.yiyang.elders.application.ElderRegistry;
import org.yiyang.elders.application.ElderView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/**
 * Editing an elder. The id travels with the form, so the server re-checks it on save: a form posted with
 * an id outside the caller's county or township answers 404 and changes nothing.
 */
@Named
@ViewScoped
public class ElderEditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderRegistry registry;

    private Long id;
    private String name;

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            ElderView elder = registry.elder(id);
            name = elder.name();
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
            ElderView saved = registry.renameElder(id, name);
            Faces.info("elder.renamed", saved.name());
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/elders/view.xhtml?id=" + saved.id());
        } catch (DomainException e) {
            Faces.show(e, "elderForm");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
