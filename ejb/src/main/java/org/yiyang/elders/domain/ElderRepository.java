package org.yiyang.elders.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Elders of the current county. Every read is tenant-filtered; bulk writes carry the county explicitly. */
public interface ElderRepository {

    Optional<Elder> find(long id);

    Optional<Elder> findByIdNumberHash(byte[] hash);

    /** Which of these hashes are registered already (for bulk checks). */
    List<byte[]> registeredHashes(List<byte[]> hashes);

    void store(Elder elder);

    long count();

    /** A page of elders matching the search, ordered by name then id. */
    List<Elder> search(ElderSearch search, LocalDate today, int first, int max);

    long count(ElderSearch search, LocalDate today);

    /**
     * The elders matching the search counted per village, and of them the special-hardship elders on the day (the
     * rule of {@link ElderCategory#SPECIAL_HARDSHIP}): one aggregate query; villages without such elders are absent.
     */
    List<VillageCount> countByVillage(ElderSearch search, LocalDate today);

    List<Elder> membersOf(long householdId);

    /**
     * Moves every elder of one village to another (villages merged by the statistics office). A bulk
     * update: restricted to the given county in SQL, as Hibernate does not add the tenant to it.
     *
     * @return the number of elders moved
     */
    int reassignVillage(String county, String fromVillage, String toVillage, String toTownship);
}
