package org.yiyang.timebank.application;

import java.util.List;

/**
 * A volunteer registered by the staff: of a township (a township office's own by default), optionally an elder of
 * the registry (a senior volunteer) and the account they will log in with.
 */
public record RegisterVolunteer(String name, String phone, List<String> skills, String availability,
                                String townshipCode, Long elderId, String username) {
}
