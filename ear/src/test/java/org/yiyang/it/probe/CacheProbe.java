package org.yiyang.it.probe;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hibernate.SessionFactory;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.stat.EntityStatistics;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;

/** Whether county lookups are served from the second-level cache (Infinispan). */
@Path("/cache")
@Produces(MediaType.APPLICATION_JSON)
public class CacheProbe {

    @PersistenceUnit(unitName = "yiyang")
    EntityManagerFactory emf;

    @Inject
    CountyLookups lookups;

    /**
     * Evicts one county from the cache, then looks it up twice, each time in a new transaction and
     * persistence context, and reports what the cache statistics counted for each lookup.
     */
    @GET
    @Path("/counties/{code}")
    public JsonObject twoLookups(@PathParam("code") String code) {
        SessionFactory sf = emf.unwrap(SessionFactory.class);
        // an entry's cache key carries the tenant it was loaded under: evicting by id alone removes only the entry of
        // no tenant at all, so the entry of "no county" (a city official's request, or this probe's lookups) goes too
        sf.getCache().evictEntityData(County.class, code);
        SessionFactoryImplementor sfi = sf.unwrap(SessionFactoryImplementor.class);
        EntityPersister persister = sfi.getMappingMetamodel().getEntityDescriptor(County.class);
        EntityDataAccess access = persister.getCacheAccessStrategy();
        access.evict(access.generateCacheKey(code, persister, sfi, TenantScope.NO_TENANT));
        EntityStatistics stats = sf.getStatistics().getEntityStatistics(County.class.getName());
        long hits0 = stats.getCacheHitCount();
        long misses0 = stats.getCacheMissCount();
        String name1 = lookups.name(code);
        long hits1 = stats.getCacheHitCount();
        long misses1 = stats.getCacheMissCount();
        String name2 = lookups.name(code);
        long hits2 = stats.getCacheHitCount();
        long misses2 = stats.getCacheMissCount();
        return Json.createObjectBuilder()
                .add("statisticsEnabled", sf.getStatistics().isStatisticsEnabled())
                .add("first", Json.createObjectBuilder().add("name", name1)
                        .add("hits", hits1 - hits0).add("misses", misses1 - misses0))
                .add("second", Json.createObjectBuilder().add("name", name2)
                        .add("hits", hits2 - hits1).add("misses", misses2 - misses1))
                .build();
    }
}
