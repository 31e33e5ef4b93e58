package org.yiyang.renovation.application;

import java.math.BigDecimal;

/** A catalog item as pages and the API show it. */
public record CatalogItemView(String code, String category, String name, String product, String unit,
                              BigDecimal unitPrice, boolean basic, boolean active) {
}
