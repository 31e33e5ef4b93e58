package org.yiyang.elders.application;

import java.util.List;

/** A township or street with its villages. */
public record TownshipView(String code, String name, String kind, List<VillageView> villages) {
}
