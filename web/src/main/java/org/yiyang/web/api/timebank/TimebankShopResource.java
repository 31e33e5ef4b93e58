package org.yiyang.web.api.timebank;

import java.util.List;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;
import org.yiyang.timebank.application.PointsShop;
import org.yiyang.timebank.application.ShopViews;

/** The points shop: goods and stock per shop, redemptions for points (idempotent) and handing goods over. */
@Path("/timebank/shop")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "timebank")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such record in the caller's county",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "the balance or stock does not allow it, or done already",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class TimebankShopResource {

    @Inject
    PointsShop shop;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Path("goods")
    @Operation(summary = "The goods of a shop (village), or of all shops")
    public List<ShopViews.GoodsView> goods(@QueryParam("village") String village) {
        return shop.goods(village);
    }

    @POST
    @Path("goods")
    @Operation(summary = "Add goods to a shop (bureau)")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(schema = @Schema(implementation = ShopViews.GoodsView.class)))
    public Response addGoods(@HeaderParam(IdempotentRequests.HEADER) String key, ShopViews.AddGoods input) {
        ShopViews.AddGoods in = input == null ? new ShopViews.AddGoods(null, null, null, null) : input;
        return idempotent.create(key, "POST /timebank/shop/goods", in, () -> {
            ShopViews.GoodsView v = shop.addGoods(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(TimebankShopResource.class)
                    .path("goods").path(String.valueOf(v.id())).build(), v);
        });
    }

    @POST
    @Path("goods/{id}/restock")
    @Operation(summary = "Put more items in stock (bureau)")
    public ShopViews.GoodsView restock(@PathParam("id") long id, ShopViews.Restock in) {
        return shop.restock(id, in);
    }

    @POST
    @Path("redemptions")
    @Operation(summary = "Redeem points for an item", description = "Takes one from stock and the points from the "
            + "holder's account at once; a collection code hands the goods over. Sold out or too few points: 409.")
    @APIResponse(responseCode = "201", description = "redeemed",
            content = @Content(schema = @Schema(implementation = ShopViews.RedemptionView.class)))
    public Response redeem(@HeaderParam(IdempotentRequests.HEADER) String key, ShopViews.Redeem input) {
        ShopViews.Redeem in = input == null ? new ShopViews.Redeem(null, null, null) : input;
        return idempotent.create(key, "POST /timebank/shop/redemptions", in, () -> {
            ShopViews.RedemptionView v = shop.redeem(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(TimebankShopResource.class)
                    .path("redemptions").path(String.valueOf(v.id())).build(), v);
        });
    }

    @GET
    @Path("redemptions/{id}")
    public ShopViews.RedemptionView redemption(@PathParam("id") long id) {
        return shop.redemption(id);
    }

    @POST
    @Path("redemptions/{id}/collect")
    @Operation(summary = "Hand the goods over against the collection code (the shop keeper), once")
    public ShopViews.RedemptionView collect(@PathParam("id") long id, ShopViews.Collect in) {
        return shop.collect(id, in);
    }
}
