package org.yiyang.elders.application;

/**
 * A search of the register, as a list page or an API client asks it; every filter optional.
 *
 * @param name      the beginning of the name
 * @param idNumber  a whole ID number, or its last four characters
 * @param category  an {@link org.yiyang.elders.domain.ElderCategory} name
 * @param ageBand   an {@link org.yiyang.shared.domain.AgeBand} name
 * @param status    an {@link org.yiyang.elders.domain.ElderStatus} name; ACTIVE when empty
 */
public record ElderQuery(String name, String idNumber, String townshipCode, String villageCode, String category,
                         String ageBand, String status) {

    public static final ElderQuery ALL = new ElderQuery(null, null, null, null, null, null, null);
}
