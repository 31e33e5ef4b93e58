package org.yiyang.web.elders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.yiyang.elders.application.ElderExport;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderQuery;
import org.yiyang.elders.application.ElderView;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.elders.application.VillageView;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** The elder register: filters, a page at a time from the server, export of the masked list. */
@Named
@ViewScoped
public class ElderListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ElderQueries queries;

    @Inject
    transient ElderExport export;

    @Inject
    transient Places places;

    private String name;
    private String idNumber;
    private String township;
    private String village;
    private String category;
    private String ageBand;
    private String status;
    private List<TownshipView> townships = List.of();
    private boolean invalidFilter;

    private final LazyDataModel<ElderView> elders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                invalidFilter = false;
                return (int) queries.countElders(query());
            } catch (DomainException e) {
                invalidFilter = true;
                Faces.show(e, "filters");
                return 0;
            }
        }

        @Override
        public List<ElderView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            if (invalidFilter) {
                return List.of();
            }
            return queries.findElders(query(), first, pageSize);
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
            return;
        }
        townships = places.townships();
    }

    ElderQuery query() {
        return new ElderQuery(name, idNumber, township, village, category, ageBand, status);
    }

    public StreamedContent getExport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.exportXlsx(query(), Faces.locale(), out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("elders.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public void reset() {
        name = null;
        idNumber = null;
        township = null;
        village = null;
        category = null;
        ageBand = null;
        status = null;
    }

    public List<VillageView> getVillages() {
        return townships.stream().filter(t -> township == null || t.code().equals(township))
                .flatMap(t -> t.villages().stream()).toList();
    }

    public LazyDataModel<ElderView> getElders() {
        return elders;
    }

    public List<TownshipView> getTownships() {
        return townships;
    }

    public boolean isInvalidFilter() {
        return invalidFilter;
    }

    public boolean isMayImport() {
        return TenantScope.currentCaller().map(c -> c.hasAny(org.yiyang.tenancy.Role.COUNTY_ADMIN,
                org.yiyang.tenancy.Role.COUNTY_STAFF)).orElse(false);
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

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(String ageBand) {
        this.ageBand = ageBand;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
