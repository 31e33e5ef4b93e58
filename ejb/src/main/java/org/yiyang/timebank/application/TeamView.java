package org.yiyang.timebank.application;

import java.time.Instant;
import java.util.List;

/** A volunteer team with its leader and members (the leader is one of them). */
public record TeamView(long id, String name, String townshipCode, long leaderId, String leaderName,
                       List<Member> members) {

    public record Member(long volunteerId, String name, Instant joinedAt) {
    }
}
