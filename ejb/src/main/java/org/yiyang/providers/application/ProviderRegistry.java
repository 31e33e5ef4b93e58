package org.yiyang.providers.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yiyang.shared.application.Access;
import org.yiyang.providers.domain.Provider;
import org.yiyang.providers.domain.ProviderDetails;
import org.yiyang.providers.domain.ProviderKind;
import org.yiyang.providers.domain.ProviderRepository;
import org.yiyang.providers.domain.ProviderStatus;
import org.yiyang.shared.domain.ProviderWork;
import org.yiyang.providers.domain.Staff;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;

/**
 * The county's providers and their staff. County administrators register and change providers; a
 * provider's administrator manages that provider's staff only; provider users see their own provider only.
 */
@Stateless
public class ProviderRegistry {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{1,39}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    @Inject
    ProviderRepository providers;

    @Inject
    PlaceDirectory places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public ProviderView registerProvider(ProviderInput in) {
        Caller caller = requireCountyAdmin();
        String code = in.code() == null ? "" : in.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid("code", "provider.code.invalid");
        }
        if (providers.findByCode(code).isPresent()) {
            throw DomainException.conflict("provider.code.taken", code);
        }
        Provider p = new Provider(code, details(in), caller.username(), clock.instant());
        providers.store(p);
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("provider.code.taken", code);
        }
        audit.record("PROVIDER_REGISTERED", "provider", p.id(), code + " " + p.name());
        return view(p);
    }

    public ProviderView updateProvider(long id, ProviderInput in) {
        Caller caller = requireCountyAdmin();
        Provider p = providers.find(id).orElseThrow(() -> notFound(id));
        ProviderStatus status = in.status() == null ? p.status() : parse(ProviderStatus.class, in.status(), "status");
        p.update(details(in), status, caller.username(), clock.instant());
        audit.record("PROVIDER_UPDATED", "provider", p.id(), "status=" + status);
        return view(p);
    }

    /** County users see every provider; provider users their own. */
    public List<ProviderView> providers() {
        Caller caller = requireCountyUser();
        if (isProviderUser(caller)) {
            return own(caller).map(p -> List.of(view(p))).orElse(List.of());
        }
        return providers.all().stream().map(this::view).toList();
    }

    public ProviderView provider(long id) {
        return view(visible(requireCountyUser(), id));
    }

    /** The provider of the calling provider user (from the {@code provider} claim). */
    public Optional<ProviderView> myProvider() {
        return own(TenantScope.requireCaller()).map(this::view);
    }

    public List<StaffView> staff(long providerId) {
        Provider p = visible(requireCountyUser(), providerId);
        return providers.staffOf(p.id()).stream().map(ProviderRegistry::view).toList();
    }

    public StaffView addStaff(long providerId, StaffInput in) {
        Caller caller = TenantScope.requireCaller();
        Provider p = manageable(caller, providerId);
        String name = text(in.name(), 40, "name", true);
        String username = text(in.username(), 100, "username", false);
        if (username != null && providers.findStaffByUsername(username).isPresent()) {
            throw DomainException.conflict("staff.username.taken", username);
        }
        Staff s = new Staff(p, name, phone(in.phone()), username, text(in.qualifications(), 200, "qualifications", false),
                caller.username(), clock.instant());
        providers.store(s);
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("staff.username.taken", String.valueOf(username));
        }
        audit.record("STAFF_ADDED", "provider", p.id(), name + (username == null ? "" : " (" + username + ")"));
        return view(s);
    }

    public StaffView deactivateStaff(long staffId) {
        Caller caller = TenantScope.requireCaller();
        Staff s = providers.findStaff(staffId).orElseThrow(() -> DomainException.notFound("staff.notFound",
                String.valueOf(staffId)));
        manageable(caller, s.provider().id());
        if (s.active()) {
            s.deactivate(caller.username(), clock.instant());
            audit.record("STAFF_DEACTIVATED", "provider", s.provider().id(), s.name());
        }
        return view(s);
    }

    /** A provider a county user may read (provider users: only their own; another provider answers 404). */
    Provider visible(Caller caller, long id) {
        Provider p = providers.find(id).orElseThrow(() -> notFound(id));
        if (isProviderUser(caller) && !own(caller).map(o -> o.id().equals(p.id())).orElse(false)) {
            throw notFound(id);
        }
        return p;
    }

    private Provider manageable(Caller caller, long providerId) {
        Access.requireCountyRole("staff.adminOnly", Role.COUNTY_ADMIN, Role.PROVIDER_ADMIN);
        Provider p = providers.find(providerId).orElseThrow(() -> notFound(providerId));
        if (!caller.has(Role.COUNTY_ADMIN) && !own(caller).map(o -> o.id().equals(p.id())).orElse(false)) {
            throw notFound(providerId);
        }
        return p;
    }

    private Optional<Provider> own(Caller caller) {
        return caller.provider().flatMap(providers::findByCode);
    }

    static boolean isProviderUser(Caller caller) {
        return caller.hasAny(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF)
                && !caller.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
    }

    private ProviderDetails details(ProviderInput in) {
        String name = text(in.name(), 100, "name", true);
        ProviderKind kind = parse(ProviderKind.class, in.kind(), "kind");
        if (kind == null) {
            throw DomainException.invalid("kind", "provider.kind.required");
        }
        Set<ProviderWork> works = EnumSet.noneOf(ProviderWork.class);
        for (String w : in.works() == null ? List.<String>of() : in.works()) {
            works.add(parse(ProviderWork.class, w, "works"));
        }
        if (works.isEmpty()) {
            throw DomainException.invalid("works", "provider.works.required");
        }
        Set<String> area = new LinkedHashSet<>();
        for (String t : in.area() == null ? List.<String>of() : in.area()) {
            Township township = places.township(t)
                    .orElseThrow(() -> DomainException.invalid("area", "township.unknown", String.valueOf(t)));
            area.add(township.code());
        }
        if (area.isEmpty()) {
            throw DomainException.invalid("area", "provider.area.required");
        }
        return new ProviderDetails(name, kind, text(in.licenceNo(), 60, "licenceNo", false),
                text(in.contactPerson(), 40, "contactPerson", false), phone(in.phone()),
                text(in.address(), 200, "address", false), works, area);
    }

    private static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String p = raw.strip().replace(" ", "");
        if (!PHONE.matcher(p).matches()) {
            throw DomainException.invalid("phone", "elder.phone.invalid", raw.strip());
        }
        return p;
    }

    private static String text(String raw, int max, String field, boolean required) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            if (required) {
                throw DomainException.invalid(field, "field.required");
            }
            return null;
        }
        if (t.length() > max) {
            throw DomainException.invalid(field, "text.tooLong", max);
        }
        return t;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "value.unknown", raw);
        }
    }

    private static DomainException notFound(long id) {
        return DomainException.notFound("provider.notFound", String.valueOf(id));
    }

    private static Caller requireCountyAdmin() {
        return Access.requireCountyRole("provider.adminOnly", Role.COUNTY_ADMIN);
    }

    private static Caller requireCountyUser() {
        Caller c = TenantScope.requireCaller();
        if (c.county().isEmpty() || c.roles().isEmpty() || c.has(Role.VOLUNTEER) && c.roles().size() == 1) {
            throw DomainException.forbidden("access.forbidden");
        }
        return c;
    }

    private ProviderView view(Provider p) {
        List<ProviderView.PlaceName> area = p.area().stream().sorted()
                .map(t -> new ProviderView.PlaceName(t, places.township(t).map(Township::name).orElse(t))).toList();
        return new ProviderView(p.id(), p.code(), p.name(), p.kind().name(), p.licenceNo(), p.contactPerson(),
                p.phone(), p.address(), p.works().stream().map(Enum::name).sorted().toList(), area, p.status().name(),
                p.version());
    }

    static StaffView view(Staff s) {
        return new StaffView(s.id(), s.provider().id(), s.name(), s.phone(), s.username(), s.qualifications(),
                s.active());
    }
}
