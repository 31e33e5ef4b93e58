package org.yiyang.renovation.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The county's renovation plans and catalog. */
public interface PlanRepository {

    Optional<Plan> find(long id);

    void store(Plan plan);

    /** Reads the plan again and locks it until the end of the transaction (a current read, not a snapshot). */
    void refreshForUpdate(Plan plan);

    void record(PlanEvent event);

    List<PlanEvent> events(long planId);

    List<Plan> search(PlanSearch search, int first, int max);

    long count(PlanSearch search);

    /**
     * The county's figures per township and month from {@code from} to {@code to} inclusive, ordered by month and
     * township; of one township only if given.
     */
    List<MonthFigures> figures(String county, YearMonth from, YearMonth to, Optional<String> township);

    List<CatalogItem> catalog();

    Optional<CatalogItem> catalogItem(String code);

    void store(CatalogItem item);

    void record(PriceChange change);

    List<PriceChange> priceChanges(String code);
}
