package org.yiyang.meals.domain;

/**
 * Sites planned against sites built (open) for one township and level.
 *
 * @param targetYear the year of the plan, null where nothing is planned
 */
public record LayoutProgress(String townshipCode, MealSiteLevel level, int planned, long built, Integer targetYear) {

    /** Built as a whole percentage of planned (rounded down; above 100 when more were built); null if none planned. */
    public Integer percent() {
        return planned == 0 ? null : (int) (built * 100 / planned);
    }
}
