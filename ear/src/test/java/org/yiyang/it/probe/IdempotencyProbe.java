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
import org.yiyang.shared.application.IdempotencyStore;
import org.yiyang.shared.application.IdempotencyStore.Claimed;
import org.yiyang.shared.application.IdempotencyStore.StoredResponse;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * The idempotency store from inside: its purge with the clock as a parameter, and the claim steps of two
 * requests with one key, to show what happens when a slow request's claim was taken over.
 */
@Path("/idempotency")
@Produces(MediaType.APPLICATION_JSON)
public class IdempotencyProbe {

    @Inject
    IdempotencyStore store;

    @POST
    @Path("/purge")
    public JsonObject purge(@QueryParam("county") String county, @QueryParam("at") String at) {
        int purged = TenantScope.callForCounty(county, () -> store.purge(Instant.parse(at)));
        return Json.createObjectBuilder().add("purged", purged).build();
    }

    /** Claims a key as the system caller of the county; the claim's token, in hex, or the claim's kind. */
    @POST
    @Path("/claim")
    public JsonObject claim(@QueryParam("county") String county, @QueryParam("key") String key) throws Exception {
        return TenantScope.callAs(Caller.system(county), () -> {
            IdempotencyStore.Claim c = store.claim(key, "probe", store.fingerprint("probe", "{}"));
            return Json.createObjectBuilder().add("claim", c.getClass().getSimpleName())
                    .add("token", c instanceof Claimed cl ? java.util.HexFormat.of().formatHex(cl.token()) : "").build();
        });
    }

    /** Runs a command under a claim (its token in hex) and records its response; or tells why it could not. */
    @POST
    @Path("/execute")
    public JsonObject execute(@QueryParam("county") String county, @QueryParam("key") String key,
                              @QueryParam("token") String token, @QueryParam("body") String body) throws Exception {
        return TenantScope.callAs(Caller.system(county), () -> {
            try {
                store.execute(key, new Claimed(java.util.HexFormat.of().parseHex(token)),
                        () -> new StoredResponse(201, "/probe", body));
                return Json.createObjectBuilder().add("recorded", true).build();
            } catch (DomainException e) {
                return Json.createObjectBuilder().add("recorded", false).add("code", e.messageKey()).build();
            }
        });
    }
}
