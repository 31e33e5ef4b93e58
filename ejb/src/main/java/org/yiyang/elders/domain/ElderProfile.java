package org.yiyang.elders.domain;

import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.SelfCareAbility;
import java.util.regex.Pattern;
import org.yiyang.shared.domain.DomainException;

/**
 * What is recorded about an elder beyond identity and residence: contact, living situation, health and
 * economic status. Only constructed valid (see {@link #of}).
 */
public record ElderProfile(String phone, String emergencyContactName, String emergencyContactPhone,
                           String emergencyContactRelation, LivingArrangement livingArrangement,
                           SelfCareAbility selfCare, Integer disabilityGrade, DisabilityType disabilityType,
                           EconomicStatus economicStatus, boolean familyPlanningSpecial,
                           boolean widowedChildless) {

    /** Mainland mobile (1xx xxxx xxxx) or landline with area code (0xxx-xxxxxxx). */
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    public static final ElderProfile NONE = new ElderProfile(null, null, null, null, null, null, null, null,
            EconomicStatus.NONE, false, false);

    /** Validates and normalises (blank → null, phone separators removed). */
    public static ElderProfile of(String phone, String contactName, String contactPhone, String contactRelation,
                                  LivingArrangement living, SelfCareAbility selfCare, Integer disabilityGrade,
                                  DisabilityType disabilityType, EconomicStatus economic,
                                  boolean familyPlanningSpecial, boolean widowedChildless) {
        String p = phone(phone, "phone");
        String cp = phone(contactPhone, "emergencyContactPhone");
        String cn = text(contactName, 40, "emergencyContactName");
        String cr = text(contactRelation, 20, "emergencyContactRelation");
        if (disabilityGrade != null && (disabilityGrade < 1 || disabilityGrade > 4)) {
            throw DomainException.invalid("disabilityGrade", "elder.disability.grade");
        }
        if ((disabilityGrade == null) != (disabilityType == null)) {
            throw DomainException.invalid(disabilityGrade == null ? "disabilityGrade" : "disabilityType",
                    "elder.disability.both");
        }
        if (widowedChildless && (living == LivingArrangement.WITH_SPOUSE || living == LivingArrangement.WITH_CHILDREN)) {
            throw DomainException.invalid("widowedChildless", "elder.widowedChildless.conflict");
        }
        return new ElderProfile(p, cn, cp, cr, living, selfCare, disabilityGrade, disabilityType,
                economic == null ? EconomicStatus.NONE : economic, familyPlanningSpecial, widowedChildless);
    }

    private static String phone(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String p = raw.strip().replace(" ", "");
        if (!PHONE.matcher(p).matches()) {
            throw DomainException.invalid(field, "elder.phone.invalid", raw.strip());
        }
        return p;
    }

    private static String text(String raw, int max, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.strip();
        if (t.length() > max) {
            throw DomainException.invalid(field, "text.tooLong", max);
        }
        return t;
    }
}
