package org.yiyang.elders.domain;

import java.util.List;
import java.util.Optional;

/** Elders of the current county. Every read is tenant-filtered; bulk writes carry the county explicitly. */
public interface ElderRepository {

    Optional<Elder> find(long id);

    Optional<Elder> findByIdNumberHash(byte[] hash);

    void store(Elder elder);

    long count();

    /** A page of elders ordered by name then id, optionally only of one township. */
    List<Elder> page(Optional<String> township, int first, int max);

    long countIn(Optional<String> township);

    /**
     * Moves every elder of one village to another (villages merged by the statistics office). A bulk
     * update: restricted to the given county in SQL, as Hibernate does not add the tenant to it.
     *
     * @return the number of elders moved
     */
    int reassignVillage(String county, String fromVillage, String toVillage, String toTownship);
}
