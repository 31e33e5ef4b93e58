package org.yiyang.web.renovation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.renovation.application.PlanBoard;
import org.yiyang.renovation.application.PlanQuery;
import org.yiyang.renovation.application.PlanView;
import org.yiyang.renovation.domain.PlanStatus;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/**
 * The renovation list in the caller's scope: the county's plans, a township's (its acceptance list with
 * {@code ?status=COMPLETED}), or a contractor's own work list.
 */
@Named
@ViewScoped
public class RenovationListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanBoard board;

    @Inject
    transient Places places;

    private String status;
    private String township;
    private List<TownshipView> townships = List.of();
    private boolean invalid;

    private final LazyDataModel<PlanView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                invalid = false;
                return (int) board.search(query(), 0, 1).total();
            } catch (DomainException e) {
                invalid = true;
                Faces.show(e, "filters");
                return 0;
            }
        }

        @Override
        public List<PlanView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            return invalid ? List.of() : board.search(query(), first, pageSize).items();
        }

        @Override
        public String getRowKey(PlanView p) {
            return String.valueOf(p.id());
        }
    };

    public void load() {
        try {
            board.search(query(), 0, 1);
            if (isCountyWide()) {
                townships = places.townships();
            }
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void reset() {
        status = null;
        township = null;
    }

    PlanQuery query() {
        return new PlanQuery(status, township, null, null, null);
    }

    public boolean isCountyWide() {
        return TenantScope.requireCaller().hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
    }

    /** The contractor's work list. */
    public boolean isContractor() {
        var c = TenantScope.requireCaller();
        return !c.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT)
                && c.hasAny(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
    }

    public List<String> getStatuses() {
        return Arrays.stream(PlanStatus.values()).map(Enum::name).toList();
    }

    public LazyDataModel<PlanView> getModel() {
        return model;
    }

    public List<TownshipView> getTownships() {
        return townships;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township == null || township.isBlank() ? null : township;
    }
}
