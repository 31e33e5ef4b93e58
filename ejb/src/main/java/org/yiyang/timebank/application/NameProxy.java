package org.yiyang.timebank.application;

/** An elder's proxy named by the staff: the account (username) and the relation (FAMILY, GRID_WORKER). */
public record NameProxy(Long elderId, String username, String name, String relation) {
}
