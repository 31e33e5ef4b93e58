package org.yiyang.timebank.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;

/** Volunteers, activities and sign-ups with ids, as the store gives them. */
final class TimebankFixtures {

    static final String TOWNSHIP = "371602001000";
    static final String VILLAGE = "371602001001";

    private TimebankFixtures() {
    }

    static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
        return entity;
    }

    static Volunteer approved(long id, Instant at) throws ReflectiveOperationException {
        Volunteer v = withId(new Volunteer("张志愿", "13800000000", Set.of(Skill.COMPANIONSHIP), "周末", TOWNSHIP, null,
                "bc-volunteer", "bc-township", at), id);
        v.approve("bc-township", at);
        return v;
    }

    /** An open activity from {@code start} for two hours. */
    static Activity activity(long id, Instant start, int slots, Instant at) throws ReflectiveOperationException {
        return withId(new Activity("陪老人聊天", start, start.plusSeconds(7200), TOWNSHIP, VILLAGE, slots,
                Set.of(Skill.COMPANIONSHIP), null, null, "bc-township", at), id);
    }
}
