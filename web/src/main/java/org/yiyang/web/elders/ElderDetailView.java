package org.yiyang.web.elders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yiyang.elders.application.ElderRegistry;
import org.yiyang.elders.application.ElderView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** One elder's page ({@code ?id=}); an id outside the caller's county or township answers 404. */
@Named
@RequestScoped
public class ElderDetailView {

    @Inject
    ElderRegistry registry;

    private Long id;
    private ElderView elder;

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            elder = registry.elder(id);
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public ElderView getElder() {
        return elder;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
