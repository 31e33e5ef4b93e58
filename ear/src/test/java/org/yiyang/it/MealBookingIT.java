package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * Meals booked ahead in 滨城区: the grid worker and the township office book an elder's meals of the coming days at
 * the home site with the diet (idempotently, once per meal), cancel them before the day, the operator reads
 * tomorrow's count per meal and diet, and a booked meal is marked served when the elder is served it at the site.
 */
@YiyangIT
class MealBookingIT {

    static final String BC = Orders.BC;
    static final String OPERATOR = "bc-provider-staff";

    static String key() {
        return "book-" + System.nanoTime();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static JsonObject created(Http.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    static String booking(long elder, LocalDate day, String period, String diet) {
        return Elders.json("elderId", elder, "day", day, "period", period, "diet", diet);
    }

    static String status(long booking) throws Exception {
        return (String) Db.single("SELECT status FROM meals_booking WHERE id = ?", booking);
    }

    /** The counts of a site's day: period → booked, and period → diet → booked. */
    static Map<String, Integer> counts(JsonObject day) {
        return day.getJsonArray("counts").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("period"), c -> c.getInt("booked")));
    }

    static Map<String, Integer> diets(JsonObject day, String period) {
        return day.getJsonArray("counts").stream().map(JsonValue::asJsonObject)
                .filter(c -> period.equals(c.getString("period"))).findFirst().orElseThrow()
                .getJsonArray("diets").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(d -> d.getString("diet"), d -> d.getInt("booked")));
    }

    @Test
    void gridWorkersBookTheComingDaysAndTheKitchenSeesTomorrowPerMealAndDiet() throws Exception {
        long site = Meals.openSite(BC, "预订测试孝善食堂");
        int year = ServerClock.today().getYear();
        long first = Meals.elder(BC, "预订助餐甲", year - 76);
        long second = Meals.elder(BC, "预订助餐乙", year - 81);
        Meals.register(BC, first, site);
        Meals.register(BC, second, site);
        LocalDate today = ServerClock.today();
        LocalDate tomorrow = today.plusDays(1);

        String k = key();
        Http.Reply booked = Api.as("bc-assistant").post("/meals/bookings", booking(first, tomorrow, "LUNCH", null), k);
        JsonObject lunch = created(booked);
        assertEquals("BOOKED", lunch.getString("status"));
        assertEquals("SOFT", lunch.getString("diet"), "the registration's diet");
        assertEquals(site, lunch.getJsonNumber("siteId").longValue(), "at the home site");
        assertEquals(tomorrow.toString(), lunch.getString("day"));
        assertTrue(booked.header("Location").endsWith("/meals/bookings/" + id(lunch)), booked::toString);
        Http.Reply replay = Api.as("bc-assistant").post("/meals/bookings", booking(first, tomorrow, "LUNCH", null), k);
        assertEquals(201, replay.status(), replay::toString);
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(booked.body(), replay.body());
        Http.Reply twice = Api.as("bc-township").post("/meals/bookings", booking(first, tomorrow, "LUNCH", null));
        assertEquals(409, twice.status(), "one booking per elder and meal: " + twice);
        assertEquals("meals.booking.exists", twice.json().getString("code"));
        assertTrue(twice.json().getString("detail").contains("预订助餐甲"), twice::toString);

        JsonObject dinner = created(Api.as("bc-township").post("/meals/bookings",
                booking(first, tomorrow, "DINNER", "LOW_SALT"), key()));
        assertEquals("LOW_SALT", dinner.getString("diet"), "another diet when asked for");
        JsonObject secondLunch = created(Api.as("bc-staff").post("/meals/bookings",
                booking(second, tomorrow, "LUNCH", null), key()));
        JsonObject secondLater = created(Api.as("bc-staff").post("/meals/bookings",
                booking(second, today.plusDays(3), "LUNCH", "MINCED"), key()));
        assertEquals(4, Db.count("SELECT COUNT(*) FROM meals_booking WHERE site_id = ?", site),
                "the replay booked once");

        for (String[] refused : new String[][] {{today.toString(), "meals.booking.day.notAhead"},
                {today.plusDays(15).toString(), "meals.booking.day.tooFar"}}) {
            Http.Reply r = Api.as("bc-assistant").post("/meals/bookings", Elders.json("elderId", first, "day",
                    refused[0], "period", "BREAKFAST"));
            assertEquals(400, r.status(), r::toString);
            assertEquals(refused[1], r.json().getString("code"));
        }
        Http.Reply operatorBooks = Api.as(OPERATOR).post("/meals/bookings", booking(first, tomorrow, "BREAKFAST",
                null));
        assertEquals(403, operatorBooks.status(), operatorBooks::toString);
        assertEquals("meals.booking.registryOnly", operatorBooks.json().getString("code"));
        Http.Reply otherTownship = Api.as("bc-beizhen").post("/meals/bookings", booking(first, tomorrow, "BREAKFAST",
                null));
        assertEquals(400, otherTownship.status(), "an elder out of reach: " + otherTownship);
        assertEquals("elder.notFound", otherTownship.json().getString("code"));

        JsonObject kitchen = Api.as(OPERATOR).get("/meals/sites/" + site + "/bookings").json();
        assertEquals(tomorrow.toString(), kitchen.getString("day"), "tomorrow unless a day is given");
        assertEquals(Map.of("BREAKFAST", 0, "LUNCH", 2, "DINNER", 1), counts(kitchen));
        assertEquals(Map.of("SOFT", 2), diets(kitchen, "LUNCH"));
        assertEquals(Map.of("LOW_SALT", 1), diets(kitchen, "DINNER"));
        assertEquals(3, kitchen.getJsonArray("bookings").size());
        assertEquals(Map.of("BREAKFAST", 0, "LUNCH", 1, "DINNER", 0), counts(Api.as("bc-admin").get("/meals/sites/"
                + site + "/bookings?day=" + today.plusDays(3)).json()));

        JsonObject cancelled = Api.as("bc-staff").post("/meals/bookings/" + id(secondLunch) + "/cancel", "{}").json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        Http.Reply again = Api.as("bc-staff").post("/meals/bookings/" + id(secondLunch) + "/cancel", "{}");
        assertEquals(409, again.status(), again::toString);
        assertEquals("meals.booking.status", again.json().getString("code"));
        assertEquals(Map.of("BREAKFAST", 0, "LUNCH", 1, "DINNER", 1),
                counts(Api.as(OPERATOR).get("/meals/sites/" + site + "/bookings?day=" + tomorrow).json()));
        created(Api.as("bc-staff").post("/meals/bookings", booking(second, tomorrow, "LUNCH", null), key()));

        List<Long> ofFirst = Api.as("bc-assistant").get("/meals/bookings?elder=" + first).jsonStructure()
                .asJsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(id(lunch), id(dinner)), ofFirst.stream().sorted().toList());
        assertEquals(200, Api.as(OPERATOR).get("/meals/bookings/" + id(secondLater)).status(),
                "the home site's operator reads its bookings");
        assertEquals(400, Api.as("bc-assistant").get("/meals/sites/" + site + "/bookings?day=morgen").status());
    }

    @Test
    void aBookedMealIsMarkedServedWhenTheElderIsServedItAtTheSite() throws Exception {
        long site = Meals.openSite(BC, "预订用餐食堂");
        long elsewhere = Meals.openSite(BC, "预订别处助餐点");
        LocalDate today = ServerClock.today();
        long elder = Meals.elder(BC, "预订用餐老人", today.getYear() - 78);
        long registration = Meals.register(BC, elder, site).getJsonNumber("id").longValue();
        String token = Meals.card(BC, registration);
        long lunch = id(created(Api.as("bc-assistant").post("/meals/bookings",
                booking(elder, today.plusDays(1), "LUNCH", null), key())));
        long dinner = id(created(Api.as("bc-assistant").post("/meals/bookings",
                booking(elder, today.plusDays(1), "DINNER", null), key())));
        long breakfast = id(created(Api.as("bc-assistant").post("/meals/bookings",
                booking(elder, today.plusDays(1), "BREAKFAST", null), key())));
        // the booked day has come (bookings are made from tomorrow on)
        assertEquals(3, Db.update("UPDATE meals_booking SET meal_day = ? WHERE id IN (?, ?, ?)", today, lunch, dinner,
                breakfast));

        JsonObject served = created(Meals.serve(OPERATOR, site, token, "LUNCH", key()));
        assertEquals("SERVED", status(lunch), "marked in the serving's transaction");
        assertEquals(served.getJsonNumber("id").longValue(),
                ((Number) Db.single("SELECT serving_id FROM meals_booking WHERE id = ?", lunch)).longValue());
        assertEquals("BOOKED", status(dinner), "another meal of the day waits");
        JsonObject view = Api.as("bc-assistant").get("/meals/bookings/" + lunch).json();
        assertEquals("SERVED", view.getString("status"));
        assertNotNull(view.get("servingId"));

        created(Api.as("bc-provider-admin").post("/meals/servings", Meals.byCard(elsewhere, token, "BREAKFAST",
                false), key()));
        assertEquals("BOOKED", status(breakfast), "served at another site than the one booked");
        Http.Reply cancel = Api.as("bc-assistant").post("/meals/bookings/" + dinner + "/cancel", "{}");
        assertEquals(409, cancel.status(), "on the day it is too late to cancel: " + cancel);
        assertEquals("meals.booking.tooLate", cancel.json().getString("code"));
        Http.Reply servedCancel = Api.as("bc-assistant").post("/meals/bookings/" + lunch + "/cancel", "{}");
        assertEquals(409, servedCancel.status(), servedCancel::toString);
        assertEquals(Map.of("BREAKFAST", 1, "LUNCH", 1, "DINNER", 1),
                counts(Api.as(OPERATOR).get("/meals/sites/" + site + "/bookings?day=" + today).json()),
                "served bookings still count for the day");
    }
}
