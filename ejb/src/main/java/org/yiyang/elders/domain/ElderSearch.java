package org.yiyang.elders.domain;

import org.yiyang.shared.domain.AgeBand;
import java.util.Optional;

/**
 * What a list of elders is filtered by; every part optional. The name matches from its start; the ID
 * number either whole (found by its keyed hash) or by its last four characters.
 */
public record ElderSearch(Optional<String> namePrefix, Optional<byte[]> idNumberHash, Optional<String> idLast4,
                          Optional<String> townshipCode, Optional<String> villageCode,
                          Optional<ElderCategory> category, Optional<AgeBand> ageBand, Optional<ElderStatus> status) {

    public static ElderSearch all() {
        return new ElderSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(ElderStatus.ACTIVE));
    }

    public ElderSearch inTownship(String township) {
        return new ElderSearch(namePrefix, idNumberHash, idLast4, Optional.of(township), villageCode, category,
                ageBand, status);
    }
}
