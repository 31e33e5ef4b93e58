package org.yiyang.elders.application;

/** A member of a household, for the household box of an elder's page. */
public record HouseholdMemberView(long id, String name, String idNumberMasked, int age) {
}
