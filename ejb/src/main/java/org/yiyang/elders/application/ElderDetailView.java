package org.yiyang.elders.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One elder's page: identity (masked), residence and household, recorded attributes, categories. */
public record ElderDetailView(long id, String name, String idNumberMasked, LocalDate birthDate, int age, String sex,
                              String townshipCode, String townshipName, String villageCode, String villageName,
                              long householdId, String householdNo, String address,
                              List<HouseholdMemberView> householdMembers, String phone, String emergencyContactName,
                              String emergencyContactPhone, String emergencyContactRelation,
                              String livingArrangement, String selfCare, Integer disabilityGrade,
                              String disabilityType, String economicStatus, boolean familyPlanningSpecial,
                              boolean widowedChildless, List<String> categories, String status, long version,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
