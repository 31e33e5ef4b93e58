package org.yiyang.renovation.domain;

import java.util.List;
import java.util.Optional;

/** The county's renovation plans and catalog. */
public interface PlanRepository {

    Optional<Plan> find(long id);

    void store(Plan plan);

    void record(PlanEvent event);

    List<PlanEvent> events(long planId);

    List<Plan> search(PlanSearch search, int first, int max);

    long count(PlanSearch search);

    List<CatalogItem> catalog();

    Optional<CatalogItem> catalogItem(String code);

    void store(CatalogItem item);

    void record(PriceChange change);

    List<PriceChange> priceChanges(String code);
}
