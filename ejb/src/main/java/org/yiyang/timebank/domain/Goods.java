package org.yiyang.timebank.domain;

/** Goods of a points shop (a village or community shop): the price in points and the stock left. */
public record Goods(long id, String villageCode, String name, long points, int stock) {
}
