package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/**
 * The townships and villages of the county, with their statistical codes and where the villages are. Everyone of
 * the county reads them; county administrators maintain them (a new village, a new name, a village's location),
 * every change audited.
 */
@Stateless
public class Places {

    public static final int MAX_NAME = 60;

    /** Decimal places of a stored coordinate (about 0.1 m). */
    public static final int COORDINATE_SCALE = 6;

    static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    @Inject
    PlaceDirectory places;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public List<TownshipView> townships() {
        Caller caller = TenantScope.requireCaller();
        if (caller.county().isEmpty()) {
            throw DomainException.forbidden("access.forbidden");
        }
        Map<String, List<VillageView>> villages = places.villages().stream()
                .map(VillageView::of)
                .collect(Collectors.groupingBy(VillageView::townshipCode));
        return places.townships().stream()
                .map(t -> new TownshipView(t.code(), t.name(), t.kind().name(), villages.getOrDefault(t.code(), List.of())))
                .toList();
    }

    public VillageView addVillage(String code, String name, String townshipCode, boolean urban) {
        requireAdmin();
        Township township = places.township(townshipCode)
                .orElseThrow(() -> DomainException.invalid("townshipCode", "township.unknown", String.valueOf(townshipCode)));
        String c = code == null ? "" : code.strip();
        if (!c.matches("\\d{12}") || !c.startsWith(township.code().substring(0, 9)) || c.endsWith("000")) {
            throw DomainException.invalid("code", "village.code.invalid", township.code().substring(0, 9));
        }
        if (em.find(Village.class, c) != null) {
            throw DomainException.conflict("village.code.taken", c);
        }
        String n = validName(name);
        if (places.villagesOf(township.code()).stream().anyMatch(v -> v.name().equals(n))) {
            throw DomainException.conflict("village.name.taken", n);
        }
        Village v = new Village(c, township.code(), n, urban);
        em.persist(v);
        audit.record("VILLAGE_ADDED", "village", c, n + " in " + township.code());
        return VillageView.of(v);
    }

    public VillageView renameVillage(String code, String name) {
        requireAdmin();
        Village v = places.village(code)
                .orElseThrow(() -> DomainException.notFound("village.notFound", String.valueOf(code)));
        String n = validName(name);
        if (!n.equals(v.name())) {
            String old = v.name();
            v.rename(n);
            audit.record("VILLAGE_RENAMED", "village", v.code(), old + " -> " + n);
        }
        return VillageView.of(v);
    }

    /** Sets where a village is: latitude and longitude in degrees, rounded to {@value #COORDINATE_SCALE} places. */
    public VillageView locateVillage(String code, BigDecimal latitude, BigDecimal longitude) {
        requireAdmin();
        Village v = places.village(code)
                .orElseThrow(() -> DomainException.notFound("village.notFound", String.valueOf(code)));
        BigDecimal lat = coordinate(latitude, MAX_LATITUDE, "latitude", "village.latitude.invalid");
        BigDecimal lon = coordinate(longitude, MAX_LONGITUDE, "longitude", "village.longitude.invalid");
        String old = v.latitude().map(was -> location(was, v.longitude().orElseThrow())).orElse("none");
        String now = location(lat, lon);
        if (!old.equals(now)) {
            v.locate(lat, lon);
            audit.record("VILLAGE_LOCATED", "village", v.code(), old + " -> " + now);
        }
        return VillageView.of(v);
    }

    public TownshipView renameTownship(String code, String name) {
        requireAdmin();
        Township t = places.township(code)
                .orElseThrow(() -> DomainException.notFound("township.notFound", String.valueOf(code)));
        String n = validName(name);
        if (!n.equals(t.name())) {
            String old = t.name();
            t.rename(n);
            audit.record("TOWNSHIP_RENAMED", "township", t.code(), old + " -> " + n);
        }
        return townships().stream().filter(x -> x.code().equals(t.code())).findFirst().orElseThrow();
    }

    private static String validName(String raw) {
        String n = raw == null ? "" : raw.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw DomainException.invalid("name", "place.name.invalid", MAX_NAME);
        }
        return n;
    }

    /** A coordinate within ±limit degrees, rounded to the stored scale. */
    private static BigDecimal coordinate(BigDecimal raw, BigDecimal limit, String field, String key) {
        if (raw == null) {
            throw DomainException.invalid(field, "village.location.required");
        }
        BigDecimal c = raw.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
        if (c.abs().compareTo(limit) > 0) {
            throw DomainException.invalid(field, key, limit.negate().toPlainString(), limit.toPlainString());
        }
        return c;
    }

    private static String location(BigDecimal latitude, BigDecimal longitude) {
        return latitude.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP).toPlainString() + ","
                + longitude.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    private static void requireAdmin() {
        Access.requireCountyRole("places.adminOnly", Role.COUNTY_ADMIN);
    }
}
