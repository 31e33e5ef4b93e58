package org.yiyang.it.probe;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.tenancy.TenantScope;

/** What the EntityManager shows a county: lookups by id, queries, bulk updates. */
@Path("/tenancy")
@Produces(MediaType.APPLICATION_JSON)
public class TenancyProbe {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    ElderRepository elders;

    /** {@code EntityManager.find} of an elder by id, as the given county. */
    @GET
    @Path("/elders/{id}/find")
    @Transactional
    public JsonObject find(@PathParam("id") long id, @QueryParam("county") String county) {
        Elder e = TenantScope.callForCounty(county, () -> em.find(Elder.class, id));
        return Json.createObjectBuilder().add("found", e != null)
                .add("name", e == null ? "" : e.name()).build();
    }

    /** A JPQL query for elders by name, as the given county (no county in the query: Hibernate adds it). */
    @GET
    @Path("/elders/by-name")
    @Transactional
    public JsonObject byName(@QueryParam("name") String name, @QueryParam("county") String county) {
        List<Elder> found = TenantScope.callForCounty(county, () -> em
                .createQuery("select e from Elder e where e.name = :n", Elder.class).setParameter("n", name)
                .getResultList());
        JsonArrayBuilder ids = Json.createArrayBuilder();
        found.forEach(e -> ids.add(e.id()));
        return Json.createObjectBuilder().add("ids", ids).build();
    }

    /** The repository's bulk update, as the given county. */
    @POST
    @Path("/elders/reassign-village")
    @Transactional
    public JsonObject reassign(@QueryParam("county") String county, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("township") String township) {
        int changed = TenantScope.callForCounty(county,
                () -> elders.reassignVillage(TenantScope.requireCounty(), from, to, township));
        return Json.createObjectBuilder().add("changed", changed).build();
    }
}
