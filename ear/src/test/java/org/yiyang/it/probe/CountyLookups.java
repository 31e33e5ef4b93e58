package org.yiyang.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/** A county lookup through the registry, in a transaction (and persistence context) of its own. */
@ApplicationScoped
public class CountyLookups {

    @Inject
    CountyRegistry registry;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String name(String code) {
        return registry.find(code).map(County::name).orElse("");
    }
}
