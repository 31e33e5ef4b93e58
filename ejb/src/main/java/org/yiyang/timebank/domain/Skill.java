package org.yiyang.timebank.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a volunteer can do, and what an activity wants. */
public enum Skill {
    COMPANIONSHIP,
    HOUSEKEEPING,
    HEALTH,
    REPAIR,
    ERRANDS,
    CULTURE;

    /** The skills as their column holds them: names, comma-separated in declaration order. */
    public static String format(Set<Skill> skills) {
        return EnumSet.copyOf(skills.isEmpty() ? EnumSet.noneOf(Skill.class) : skills).stream().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    /** The skills of a column's value (empty for an empty value). */
    public static Set<Skill> parse(String column) {
        Set<Skill> s = EnumSet.noneOf(Skill.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Skill::valueOf).forEach(s::add);
        }
        return s;
    }
}
