package org.yiyang.web.elders;

import java.io.Serializable;
import org.yiyang.elders.application.ElderDetailView;
import org.yiyang.elders.application.ElderDetails;

/** What the registration and edit forms hold; the server validates everything on save. */
public class ElderForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private String idNumber;
    private String villageCode;
    private String address;
    private String householdNo;
    private String phone;
    private String emergencyContactName;
    private String emergencyContactPhone;
    private String emergencyContactRelation;
    private String livingArrangement;
    private String selfCare;
    private Integer disabilityGrade;
    private String disabilityType;
    private String economicStatus = "NONE";
    private boolean familyPlanningSpecial;
    private boolean widowedChildless;

    public static ElderForm of(ElderDetailView e) {
        ElderForm f = new ElderForm();
        f.name = e.name();
        f.villageCode = e.villageCode();
        f.address = e.address();
        f.householdNo = e.householdNo();
        f.phone = e.phone();
        f.emergencyContactName = e.emergencyContactName();
        f.emergencyContactPhone = e.emergencyContactPhone();
        f.emergencyContactRelation = e.emergencyContactRelation();
        f.livingArrangement = e.livingArrangement();
        f.selfCare = e.selfCare();
        f.disabilityGrade = e.disabilityGrade();
        f.disabilityType = e.disabilityType();
        f.economicStatus = e.economicStatus();
        f.familyPlanningSpecial = e.familyPlanningSpecial();
        f.widowedChildless = e.widowedChildless();
        return f;
    }

    public ElderDetails details() {
        return new ElderDetails(phone, emergencyContactName, emergencyContactPhone, emergencyContactRelation,
                livingArrangement, selfCare, disabilityGrade, disabilityType, economicStatus, familyPlanningSpecial,
                widowedChildless);
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHouseholdNo() {
        return householdNo;
    }

    public void setHouseholdNo(String householdNo) {
        this.householdNo = householdNo;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }

    public String getEmergencyContactRelation() {
        return emergencyContactRelation;
    }

    public void setEmergencyContactRelation(String emergencyContactRelation) {
        this.emergencyContactRelation = emergencyContactRelation;
    }

    public String getLivingArrangement() {
        return livingArrangement;
    }

    public void setLivingArrangement(String livingArrangement) {
        this.livingArrangement = livingArrangement;
    }

    public String getSelfCare() {
        return selfCare;
    }

    public void setSelfCare(String selfCare) {
        this.selfCare = selfCare;
    }

    public Integer getDisabilityGrade() {
        return disabilityGrade;
    }

    public void setDisabilityGrade(Integer disabilityGrade) {
        this.disabilityGrade = disabilityGrade;
    }

    public String getDisabilityType() {
        return disabilityType;
    }

    public void setDisabilityType(String disabilityType) {
        this.disabilityType = disabilityType;
    }

    public String getEconomicStatus() {
        return economicStatus;
    }

    public void setEconomicStatus(String economicStatus) {
        this.economicStatus = economicStatus;
    }

    public boolean isFamilyPlanningSpecial() {
        return familyPlanningSpecial;
    }

    public void setFamilyPlanningSpecial(boolean familyPlanningSpecial) {
        this.familyPlanningSpecial = familyPlanningSpecial;
    }

    public boolean isWidowedChildless() {
        return widowedChildless;
    }

    public void setWidowedChildless(boolean widowedChildless) {
        this.widowedChildless = widowedChildless;
    }
}
