package org.yiyang.timebank.domain;

import java.util.List;
import java.util.Optional;

/** The named proxies of elders of the current county. */
public interface ProxyRepository {

    Optional<Proxy> find(long id);

    Optional<Proxy> of(long elderId, String username);

    /** Proxies by elder: of one elder or all, active ones or all. */
    List<Proxy> search(Optional<Long> elderId, boolean activeOnly, int max);

    /** Stores a new proxy and writes it at once, so that the same account named twice fails here. */
    void store(Proxy proxy);
}
