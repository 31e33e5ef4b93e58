package org.yiyang.timebank.application;

/** A team formed around its leader, an approved volunteer (the team is of the leader's township). */
public record NewTeam(String name, Long leaderId) {
}
