package org.yiyang.meals.domain;

import java.util.List;

/** The subsidy table versions of the current county. */
public interface SubsidyTableRepository {

    /** Every version, oldest first. */
    List<SubsidyTable> versions();

    /**
     * Stores a new version and writes it at once, so that a version number taken by a concurrent change fails here
     * (the county's versions are unique).
     */
    void store(SubsidyTable table);
}
