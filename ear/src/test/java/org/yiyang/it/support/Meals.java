package org.yiyang.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * Meal sites, registrations and cards for the meal tests, made through the API: a county's sites are run by its
 * demo provider ({@code <county>-P01}, registered with MEALS work by {@link Orders#provider(String)}) in the
 * county's first township, whose accounts {@code <prefix>-provider-admin} and {@code -staff} record the meals.
 */
public final class Meals {

    private Meals() {
    }

    /** A site body: the county's demo provider in the county's village, the given meals, 100 per meal. */
    public static String siteBody(String county, String name, boolean delivery, String... periods) {
        Counties.County c = Counties.of(county);
        JsonArrayBuilder p = Json.createArrayBuilder();
        for (String period : periods) {
            p.add(period);
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "CANTEEN").add("level", "COMMUNITY")
                .add("name", name).add("providerId", Orders.provider(county).id()).add("address", "幸福路 8 号")
                .add("villageCode", c.village()).add("latitude", new BigDecimal("37.383100"))
                .add("longitude", new BigDecimal("118.012400")).add("capacity", 100).add("periods", p)
                .add("delivery", delivery);
        return b.build().toString();
    }

    /** A planned site of the county's demo provider serving breakfast, lunch and dinner, with delivery. */
    public static long plannedSite(String county, String name) {
        return site(county, siteBody(county, name, true, "BREAKFAST", "LUNCH", "DINNER"));
    }

    /** An open site of the county's demo provider serving breakfast, lunch and dinner, with delivery. */
    public static long openSite(String county, String name) {
        long id = plannedSite(county, name);
        open(county, id);
        return id;
    }

    /** Registers a site (as the county administrator) and returns its id. */
    public static long site(String county, String body) {
        Http.Reply r = Api.as(Counties.of(county).admin()).post("/meals/sites", body);
        if (r.status() != 201) {
            throw new AssertionError("site refused: " + r);
        }
        return r.json().getJsonNumber("id").longValue();
    }

    /** Opens a site (as the county administrator). */
    public static void open(String county, long site) {
        Http.Reply r = Api.as(Counties.of(county).admin()).post("/meals/sites/" + site + "/status",
                Elders.json("status", "OPEN", "reason", "建成开业"));
        if (r.status() != 200) {
            throw new AssertionError("opening refused: " + r);
        }
    }

    /** A new elder of the county's first village, born in the given year, with more attributes if given. */
    public static long elder(String county, String name, int bornIn, Object... more) {
        Counties.County c = Counties.of(county);
        return Elders.register(c.admin(), name, Ids.elderBornIn(county, bornIn), c.village(), more);
    }

    /** Registers the elder for meals with the site as home (as the county's staff); the registration. */
    public static JsonObject register(String county, long elder, long site) {
        Http.Reply r = Api.as(Counties.of(county).staff()).post("/meals/registrations",
                Elders.json("elderId", elder, "homeSiteId", site, "diet", "SOFT", "daily", true));
        if (r.status() != 201) {
            throw new AssertionError("meal registration refused: " + r);
        }
        return r.json();
    }

    /** The token of a registration's current meal card (as the county's staff). */
    public static String card(String county, long registration) {
        Http.Reply r = Api.as(Counties.of(county).staff()).get("/meals/registrations/" + registration + "/card");
        if (r.status() != 200) {
            throw new AssertionError("card refused: " + r);
        }
        return r.json().getString("token");
    }

    /** A new elder of the county (about 70), registered for meals at the site; the token of their card. */
    public static String diner(String county, String name, long site) {
        long elder = elder(county, name, ServerClock.today().getYear() - 70);
        return card(county, register(county, elder, site).getJsonNumber("id").longValue());
    }

    /** The body of a meal by card. */
    public static String byCard(long site, String token, String period, boolean fullPrice) {
        return Elders.json("siteId", site, "cardToken", token, "period", period, "fullPrice", fullPrice ? true : null);
    }

    /** Records a meal by card as the user, with an Idempotency-Key when one is given. */
    public static Http.Reply serve(String user, long site, String token, String period, String key) {
        return Api.as(user).post("/meals/servings", byCard(site, token, period, false), key);
    }

    /** The elder id in a reply about a registration or serving. */
    public static long elderOf(Http.Reply reply) {
        return reply.json().getJsonNumber("elderId").longValue();
    }
}
