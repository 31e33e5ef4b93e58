package org.yiyang.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.elders.application.VillageView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** The county's townships and villages; county administrators add villages and correct names. */
@Named
@ViewScoped
public class PlaceListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Places places;

    private List<TownshipView> townships = List.of();
    private String newCode;
    private String newName;
    private String newTownship;
    private boolean newUrban;
    private String renameCode;
    private String renameTo;

    public void load() {
        try {
            townships = places.townships();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void addVillage() {
        try {
            VillageView v = places.addVillage(newCode, newName, newTownship, newUrban);
            townships = places.townships();
            Faces.info("places.villageAdded", v.name());
            newCode = null;
            newName = null;
        } catch (DomainException e) {
            Faces.show(e, "villageForm");
        }
    }

    public void startRename(VillageView v) {
        renameCode = v.code();
        renameTo = v.name();
    }

    public void rename() {
        try {
            VillageView v = places.renameVillage(renameCode, renameTo);
            townships = places.townships();
            Faces.info("places.villageRenamed", v.name());
        } catch (DomainException e) {
            Faces.show(e, "renameForm");
        }
    }

    public boolean isAdmin() {
        return TenantScope.currentCaller().map(c -> c.has(Role.COUNTY_ADMIN)).orElse(false);
    }

    public int getVillageCount() {
        return townships.stream().mapToInt(t -> t.villages().size()).sum();
    }

    public List<TownshipView> getTownships() {
        return townships;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewTownship() {
        return newTownship;
    }

    public void setNewTownship(String newTownship) {
        this.newTownship = newTownship;
    }

    public boolean isNewUrban() {
        return newUrban;
    }

    public void setNewUrban(boolean newUrban) {
        this.newUrban = newUrban;
    }

    public String getRenameCode() {
        return renameCode;
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }
}
