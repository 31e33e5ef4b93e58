package org.yiyang.web.api.elders;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /elders}: identity, residence and what is recorded about the elder. */
@Schema(name = "ElderInput")
public record ElderInput(
        @Schema(description = "name as on the ID card", example = "张秀英", maxLength = 40) String name,
        @Schema(description = "18-character resident ID number", example = "371602195003151225") String idNumber,
        @Schema(description = "12-digit statistical code of the village (optional when joining a household)",
                example = "371602001001") String villageCode,
        @Schema(description = "street address of the household", maxLength = 200) String address,
        @Schema(description = "household number (户号): joins that household, or creates it") String householdNo,
        @Schema(description = "mobile or landline") String phone,
        String emergencyContactName,
        String emergencyContactPhone,
        @Schema(description = "relation of the emergency contact to the elder", maxLength = 20) String emergencyContactRelation,
        @Schema(enumeration = {"ALONE", "WITH_SPOUSE", "WITH_CHILDREN", "WITH_OTHERS"}) String livingArrangement,
        @Schema(enumeration = {"INDEPENDENT", "PARTIAL", "DEPENDENT"}) String selfCare,
        @Schema(minimum = "1", maximum = "4") Integer disabilityGrade,
        @Schema(enumeration = {"VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL", "MULTIPLE"})
        String disabilityType,
        @Schema(enumeration = {"EXTREME_POVERTY", "SUBSISTENCE", "NEAR_SUBSISTENCE", "NONE"}) String economicStatus,
        @Schema(description = "计划生育特殊家庭") Boolean familyPlanningSpecial,
        @Schema(description = "孤寡: widowed and childless") Boolean widowedChildless,
        @Schema(description = "on update: the version the client saw (refused with 409 if it changed)") Long version) {

    org.yiyang.elders.application.ElderDetails details() {
        return new org.yiyang.elders.application.ElderDetails(phone, emergencyContactName, emergencyContactPhone,
                emergencyContactRelation, livingArrangement, selfCare, disabilityGrade, disabilityType, economicStatus,
                familyPlanningSpecial, widowedChildless);
    }

    static ElderInput empty() {
        return new ElderInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
