package org.yiyang.visits.domain;

/** An alert's must-visit tasks: how many, and how many are visited. */
public record AlertProgress(long tasks, long visited) {
}
