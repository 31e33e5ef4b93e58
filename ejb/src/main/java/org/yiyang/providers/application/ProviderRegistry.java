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
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;

/**
 * The county's providers. County administrators register and change providers; provider users see their own
 * provider only. Their staff: {@link ProviderStaff}.
 */
@Stateless
public class ProviderRegistry {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{1,39}");

    @Inject
    ProviderRepository providers;

    @Inject
    ProviderScope scope;

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
        Provider p = providers.find(id).orElseThrow(() -> ProviderScope.notFound(id));
        ProviderStatus status = in.status() == null ? p.status()
                : Inputs.parse(ProviderStatus.class, in.status(), "status");
        p.update(details(in), status, caller.username(), clock.instant());
        audit.record("PROVIDER_UPDATED", "provider", p.id(), "status=" + status);
        return view(p);
    }

    /** County users see every provider; provider users their own. */
    public List<ProviderView> providers() {
        Caller caller = ProviderScope.requireCountyUser();
        if (ProviderScope.isProviderUser(caller)) {
            return scope.own(caller).map(p -> List.of(view(p))).orElse(List.of());
        }
        return providers.all().stream().map(this::view).toList();
    }

    public ProviderView provider(long id) {
        return view(scope.visible(ProviderScope.requireCountyUser(), id));
    }

    /** The provider of the calling provider user (from the {@code provider} claim). */
    public Optional<ProviderView> myProvider() {
        return scope.own(TenantScope.requireCaller()).map(this::view);
    }

    private ProviderDetails details(ProviderInput in) {
        String name = ProviderRules.text(in.name(), 100, "name", true);
        ProviderKind kind = Inputs.parse(ProviderKind.class, in.kind(), "kind");
        if (kind == null) {
            throw DomainException.invalid("kind", "provider.kind.required");
        }
        Set<ProviderWork> works = EnumSet.noneOf(ProviderWork.class);
        for (String w : in.works() == null ? List.<String>of() : in.works()) {
            works.add(Inputs.parse(ProviderWork.class, w, "works"));
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
        return new ProviderDetails(name, kind, ProviderRules.text(in.licenceNo(), 60, "licenceNo", false),
                ProviderRules.text(in.contactPerson(), 40, "contactPerson", false), ProviderRules.phone(in.phone()),
                ProviderRules.text(in.address(), 200, "address", false), works, area);
    }

    private static Caller requireCountyAdmin() {
        return Access.requireCountyRole("provider.adminOnly", Role.COUNTY_ADMIN);
    }

    private ProviderView view(Provider p) {
        List<ProviderView.PlaceName> area = p.area().stream().sorted()
                .map(t -> new ProviderView.PlaceName(t, places.township(t).map(Township::name).orElse(t))).toList();
        return new ProviderView(p.id(), p.code(), p.name(), p.kind().name(), p.licenceNo(), p.contactPerson(),
                p.phone(), p.address(), p.works().stream().map(Enum::name).sorted().toList(), area, p.status().name(),
                p.version());
    }
}
