package org.yiyang.web.providers;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.providers.application.ProviderInput;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/** Registering a provider ({@code ?id=} absent) or changing one (county administrators). */
@Named
@ViewScoped
public class ProviderEditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ProviderRegistry providers;

    @Inject
    transient Places places;

    private Long id;
    private String code;
    private String name;
    private String kind = "COMPANY";
    private String licenceNo;
    private String contactPerson;
    private String phone;
    private String address;
    private List<String> works = new ArrayList<>(List.of("HOME_SERVICES"));
    private List<String> area = new ArrayList<>();
    private String status = "ACTIVE";
    private List<TownshipView> townships = List.of();

    public void load() {
        try {
            townships = places.townships();
            if (id != null) {
                ProviderView p = providers.provider(id);
                code = p.code();
                name = p.name();
                kind = p.kind();
                licenceNo = p.licenceNo();
                contactPerson = p.contactPerson();
                phone = p.phone();
                address = p.address();
                works = new ArrayList<>(p.works());
                area = new ArrayList<>(p.area().stream().map(ProviderView.PlaceName::code).toList());
                status = p.status();
            }
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    public void save() throws IOException {
        try {
            ProviderInput in = new ProviderInput(code, name, kind, licenceNo, contactPerson, phone, address, works,
                    area, status);
            ProviderView p = id == null ? providers.registerProvider(in) : providers.updateProvider(id, in);
            Faces.info("provider.saved", p.name());
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/providers/view.xhtml?id=" + p.id());
        } catch (DomainException e) {
            Faces.show(e, "providerForm");
        }
    }

    public boolean isEditing() {
        return id != null;
    }

    public List<TownshipView> getTownships() {
        return townships;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public void setLicenceNo(String licenceNo) {
        this.licenceNo = licenceNo;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<String> getWorks() {
        return works;
    }

    public void setWorks(List<String> works) {
        this.works = works;
    }

    public List<String> getArea() {
        return area;
    }

    public void setArea(List<String> area) {
        this.area = area;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
