package org.yiyang.elders.application;

import java.util.List;

/** One page of a list of elders and the total the list has. */
public record ElderPage(List<ElderView> elders, long total, int first, int max) {
}
