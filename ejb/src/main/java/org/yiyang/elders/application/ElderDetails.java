package org.yiyang.elders.application;

/**
 * The recorded attributes of an elder as a form or a JSON body carries them (enum names as text; every
 * field optional except where the registry says otherwise). Validated by the registry.
 */
public record ElderDetails(String phone, String emergencyContactName, String emergencyContactPhone,
                           String emergencyContactRelation, String livingArrangement, String selfCare,
                           Integer disabilityGrade, String disabilityType, String economicStatus,
                           Boolean familyPlanningSpecial, Boolean widowedChildless) {

    public static final ElderDetails NONE = new ElderDetails(null, null, null, null, null, null, null, null, null,
            null, null);
}
