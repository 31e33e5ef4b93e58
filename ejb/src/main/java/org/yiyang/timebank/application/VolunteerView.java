package org.yiyang.timebank.application;

import java.util.List;

/**
 * A volunteer as the staff and the volunteer see them. The registry's elder behind a senior volunteer (id, name,
 * masked ID number) is shown to the staff only; the volunteer sees {@code seniorVolunteer} and nothing of the record.
 *
 * @param actions the steps the caller may take now ({@link TimebankAction} names)
 */
public record VolunteerView(long id, String name, String phone, List<String> skills, String availability,
                            String townshipCode, boolean seniorVolunteer, Long elderId, String elderName,
                            String elderIdNumberMasked, String username, String status, String decisionReason,
                            long version, List<String> actions) {
}
