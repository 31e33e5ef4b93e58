package org.yiyang.web.elders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.yiyang.elders.application.ElderPage;
import org.yiyang.elders.application.ElderRegistry;
import org.yiyang.elders.application.ElderView;
import org.yiyang.shared.application.Access;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** The elder register, loaded page by page from the server. */
@Named
@ViewScoped
public class ElderListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderRegistry registry;

    private final LazyDataModel<ElderView> elders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.countElders();
        }

        @Override
        public List<ElderView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            ElderPage page = registry.listElders(first, pageSize);
            setRowCount((int) page.total());
            return page.elders();
        }

        @Override
        public String getRowKey(ElderView elder) {
            return String.valueOf(elder.id());
        }
    };

    /** Only roles that work with the register open it. */
    public void load() {
        if (!TenantScope.currentCaller().map(Access::mayUseRegistry).orElse(false)) {
            Faces.forbidden();
        }
    }

    public LazyDataModel<ElderView> getElders() {
        return elders;
    }
}
