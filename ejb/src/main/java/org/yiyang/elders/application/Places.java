package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * The townships and villages of the county, with their statistical codes. Everyone of the county reads
 * them; county administrators maintain them (a new village, a new name), every change audited.
 */
@Stateless
public class Places {

    public static final int MAX_NAME = 60;

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
                .map(v -> new VillageView(v.code(), v.name(), v.townshipCode(), v.urban()))
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
        return new VillageView(v.code(), v.name(), v.townshipCode(), v.urban());
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
        return new VillageView(v.code(), v.name(), v.townshipCode(), v.urban());
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

    private static void requireAdmin() {
        Access.requireCountyRole("places.adminOnly", Role.COUNTY_ADMIN);
    }
}
