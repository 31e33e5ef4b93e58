package org.yiyang.it.probe;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.yiyang.elders.application.ElderImports;
import org.yiyang.tenancy.TenantScope;

/** The daily purge of abandoned imports of a county, run as of a given moment. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportProbe {

    @Inject
    ElderImports imports;

    @POST
    @Path("/purge")
    public JsonObject purge(@QueryParam("county") String county, @QueryParam("at") String at) {
        int n = TenantScope.callForCounty(county, () -> imports.purgeAbandoned(Instant.parse(at)));
        return Json.createObjectBuilder().add("abandoned", n).build();
    }
}
