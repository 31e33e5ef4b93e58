package org.yiyang.elders.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.elders.domain.ElderProfile;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.SelfCareAbility;
import org.yiyang.shared.domain.DomainException;

/** Input rules of the registry shared by forms, the API and the bulk import. */
final class ElderRules {

    private ElderRules() {
    }

    static final int MAX_NAME = ElderRegistry.MAX_NAME;
    static final int MAX_ADDRESS = ElderRegistry.MAX_ADDRESS;
    static final int MAX_HOUSEHOLD_NO = ElderRegistry.MAX_HOUSEHOLD_NO;

    static ElderProfile profile(ElderDetails d) {
        ElderDetails x = d == null ? ElderDetails.NONE : d;
        return ElderProfile.of(x.phone(), x.emergencyContactName(), x.emergencyContactPhone(),
                x.emergencyContactRelation(), parse(LivingArrangement.class, x.livingArrangement(), "livingArrangement"),
                parse(SelfCareAbility.class, x.selfCare(), "selfCare"), x.disabilityGrade(),
                parse(DisabilityType.class, x.disabilityType(), "disabilityType"),
                parse(EconomicStatus.class, x.economicStatus(), "economicStatus"),
                Boolean.TRUE.equals(x.familyPlanningSpecial()), Boolean.TRUE.equals(x.widowedChildless()));
    }

    static ElderDetails details(ElderProfile p) {
        return new ElderDetails(p.phone(), p.emergencyContactName(), p.emergencyContactPhone(),
                p.emergencyContactRelation(), name(p.livingArrangement()), name(p.selfCare()), p.disabilityGrade(),
                name(p.disabilityType()), name(p.economicStatus()), p.familyPlanningSpecial(), p.widowedChildless());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "value.unknown", s);
        }
    }

    /** What changed, for the audit log; contact details are named but their values not repeated. */
    static String diff(String oldName, String newName, ElderProfile a, ElderProfile b) {
        List<String> d = new ArrayList<>();
        if (!oldName.equals(newName)) {
            d.add("name: " + oldName + " -> " + newName);
        }
        contact(d, "phone", a.phone(), b.phone());
        contact(d, "emergencyContactName", a.emergencyContactName(), b.emergencyContactName());
        contact(d, "emergencyContactPhone", a.emergencyContactPhone(), b.emergencyContactPhone());
        contact(d, "emergencyContactRelation", a.emergencyContactRelation(), b.emergencyContactRelation());
        value(d, "livingArrangement", a.livingArrangement(), b.livingArrangement());
        value(d, "selfCare", a.selfCare(), b.selfCare());
        value(d, "disabilityGrade", a.disabilityGrade(), b.disabilityGrade());
        value(d, "disabilityType", a.disabilityType(), b.disabilityType());
        value(d, "economicStatus", a.economicStatus(), b.economicStatus());
        value(d, "familyPlanningSpecial", a.familyPlanningSpecial(), b.familyPlanningSpecial());
        value(d, "widowedChildless", a.widowedChildless(), b.widowedChildless());
        return String.join("; ", d);
    }

    static void contact(List<String> d, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            d.add(field + ": changed");
        }
    }

    static void value(List<String> d, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            d.add(field + ": " + a + " -> " + b);
        }
    }

    static String validName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw DomainException.invalid("name", "elder.name.required");
        }
        if (name.length() > MAX_NAME) {
            throw DomainException.invalid("name", "elder.name.tooLong", MAX_NAME);
        }
        return name;
    }

    static String validAddress(String raw) {
        String a = blankToNull(raw);
        if (a != null && a.strip().length() > MAX_ADDRESS) {
            throw DomainException.invalid("address", "text.tooLong", MAX_ADDRESS);
        }
        return a == null ? null : a.strip();
    }

    static String validHouseholdNo(String raw) {
        String n = blankToNull(raw);
        if (n == null) {
            return null;
        }
        n = n.strip();
        if (n.length() > MAX_HOUSEHOLD_NO || !n.matches("[0-9A-Za-z-]+")) {
            throw DomainException.invalid("householdNo", "household.no.invalid", MAX_HOUSEHOLD_NO);
        }
        return n;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

}
