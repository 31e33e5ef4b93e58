package org.yiyang.web.api.timebank;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.timebank.application.NewTeam;
import org.yiyang.timebank.application.TeamView;
import org.yiyang.timebank.application.Teams;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** Volunteer teams (志愿服务队): formed around a leader (idempotent), members joining and leaving. */
@Path("/timebank/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "timebank")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such team for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "a member already, the leader leaving, or not approved",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class TeamResource {

    /** The volunteer who joins. */
    public record Member(Long volunteerId) {
    }

    @Inject
    Teams teams;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Teams of the caller's reach, by name")
    public List<TeamView> list() {
        return teams.teams();
    }

    @POST
    @Operation(summary = "Form a team around an approved volunteer of the township as its leader", description =
            "With an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "formed",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response form(@HeaderParam(IdempotentRequests.HEADER) String key, NewTeam input) {
        NewTeam in = input == null ? new NewTeam(null, null) : input;
        return idempotent.create(key, "POST /timebank/teams", in, () -> {
            TeamView t = teams.form(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(TeamResource.class)
                    .path(String.valueOf(t.id())).build(), t);
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A team with its members (the staff of its reach, its leader and members)")
    public TeamView get(@PathParam("id") long id) {
        return teams.team(id);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "An approved volunteer of the township joins", description = "With an Idempotency-Key, a "
            + "replay returns the first response.")
    @APIResponse(responseCode = "201", description = "joined",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response admit(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") long id,
                          Member input) {
        Member in = input == null ? new Member(null) : input;
        return idempotent.create(key, "POST /timebank/teams/" + id + "/members", in, () -> {
            TeamView t = teams.admit(id, in.volunteerId());
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(TeamResource.class)
                    .path(String.valueOf(t.id())).build(), t);
        });
    }

    @DELETE
    @Path("{id}/members/{volunteerId}")
    @Operation(summary = "A member (not the leader) leaves")
    public TeamView release(@PathParam("id") long id, @PathParam("volunteerId") long volunteerId) {
        return teams.release(id, volunteerId);
    }
}
