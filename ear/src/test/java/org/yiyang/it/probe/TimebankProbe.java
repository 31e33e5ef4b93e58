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
import java.util.Optional;
import java.util.Set;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.timebank.application.HoursExpiry;
import org.yiyang.timebank.application.HoursReversed;
import org.yiyang.timebank.application.HoursVerified;
import org.yiyang.timebank.application.PortArrivals;
import org.yiyang.timebank.application.PortDepartures;
import org.yiyang.timebank.application.PortView;

/**
 * The time bank ledger's inputs from outside the API: the people side's hours events (verified hours earn,
 * reversed hours reverse the earn), expiry as of a given moment (the job passes its clock's instant), and the two
 * steps of a move between counties run apart (only the source county's step: a crash before the target's; then
 * the job's delivery of one county's outbox).
 */
@Path("/timebank")
@Produces(MediaType.APPLICATION_JSON)
public class TimebankProbe {

    @Inject
    TimebankEvents events;

    @Inject
    HoursExpiry expiry;

    @Inject
    PortDepartures departures;

    @Inject
    PortArrivals arrivals;

    @POST
    @Path("/hours-verified")
    public JsonObject verified(@QueryParam("county") String county, @QueryParam("entry") long entry,
                               @QueryParam("volunteer") long volunteer, @QueryParam("minutes") int minutes,
                               @QueryParam("at") String at) {
        Instant when = at == null ? Instant.now() : Instant.parse(at);
        TenantScope.runForCounty(county, () -> events.verified(new HoursVerified(county, entry, volunteer, 1,
                minutes, "it-organiser", false, when)));
        return Json.createObjectBuilder().add("entry", entry).build();
    }

    @POST
    @Path("/hours-reversed")
    public JsonObject reversed(@QueryParam("county") String county, @QueryParam("entry") long entry,
                               @QueryParam("volunteer") long volunteer, @QueryParam("minutes") int minutes) {
        TenantScope.runForCounty(county, () -> events.reversed(new HoursReversed(county, entry, volunteer, minutes,
                "核实有误", "it-organiser", Instant.now())));
        return Json.createObjectBuilder().add("entry", entry).build();
    }

    @POST
    @Path("/expiry")
    public JsonObject expire(@QueryParam("county") String county, @QueryParam("at") String at) {
        Instant now = Instant.parse(at);
        int expired = TenantScope.callForCounty(county, () -> expiry.expire(now));
        return Json.createObjectBuilder().add("expired", expired).build();
    }

    /** Only the source county's step of a move, as the bureau's administrator: the target is not credited yet. */
    @POST
    @Path("/portability/leave")
    public JsonObject leave(@QueryParam("county") String county, @QueryParam("volunteer") long volunteer,
                            @QueryParam("target") String target, @QueryParam("targetVolunteer") long targetVolunteer) {
        Caller admin = new Caller("it-probe-admin", null, Set.of(Role.COUNTY_ADMIN), Optional.of(county),
                Optional.empty(), Optional.empty(), Optional.empty());
        PortView v = TenantScope.callAs(admin, () -> departures.leave(new PortView.Move(volunteer, target,
                targetVolunteer)));
        return Json.createObjectBuilder().add("transferId", v.transferId()).add("amount", v.amount())
                .add("status", v.status()).build();
    }

    /** The portability job's work for one (source) county. */
    @POST
    @Path("/portability/deliver")
    public JsonObject deliver(@QueryParam("county") String county) {
        int credited = TenantScope.callForCounty(county, () -> arrivals.deliverPending());
        return Json.createObjectBuilder().add("credited", credited).build();
    }
}
