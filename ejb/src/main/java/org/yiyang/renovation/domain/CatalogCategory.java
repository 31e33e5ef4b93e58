package org.yiyang.renovation.domain;

/** The six categories of the renovation catalog. */
public enum CatalogCategory {
    FLOOR_PASSAGE, BATHROOM, BEDROOM, KITCHEN, LIGHTING, SMART_AIDS
}
