package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.yiyang.coverage.application.CoverageFigures;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.domain.ProtectedIdNumber;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/** Registering, finding and listing the elders of the caller's county (or township). */
@Stateless
public class ElderRegistry {

    public static final int MAX_NAME = 40;
    public static final int MAX_PAGE = 200;

    @Inject
    ElderRepository elders;

    @Inject
    PlaceDirectory places;

    @Inject
    PersonalDataProtector protector;

    @Inject
    AuditLog audit;

    @Inject
    CoverageFigures coverage;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public ElderView registerElder(RegisterElder command) {
        Caller caller = Access.requireRegistryUser();
        String county = caller.county().orElseThrow();
        String name = validName(command.name());
        IdCardNumber number = IdCardNumber.parse(command.idNumber(), today());
        if (number.birthDate().plusYears(Elder.ELDER_AGE).isAfter(today())) {
            throw DomainException.invalid("idNumber", "elder.tooYoung", Elder.ELDER_AGE);
        }
        Village village = visibleVillage(caller, command.villageCode());
        ProtectedIdNumber protectedNumber = protector.protect(number, county);
        elders.findByIdNumberHash(protectedNumber.hash()).ifPresent(existing -> {
            throw duplicate(caller, existing);
        });
        Elder elder = new Elder(name, protectedNumber, number.birthDate(), number.sex(), village, caller.username(),
                clock.instant());
        elders.store(elder);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw DomainException.conflict("elder.duplicateConcurrent");
            }
            throw e;
        }
        coverage.eldersAdded(county, 1);
        audit.record("ELDER_REGISTERED", "elder", elder.id(), "village=" + village.code());
        return view(elder, new PlaceNames());
    }

    public ElderView elder(long id) {
        Caller caller = Access.requireRegistryUser();
        return view(visibleElder(caller, id), new PlaceNames());
    }

    public ElderPage listElders(int first, int max) {
        Caller caller = Access.requireRegistryUser();
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        int from = Math.max(0, first);
        Optional<String> township = Access.townshipScope(caller);
        PlaceNames names = new PlaceNames();
        List<ElderView> page = elders.page(township, from, size).stream().map(e -> view(e, names)).toList();
        return new ElderPage(page, elders.countIn(township), from, size);
    }

    /** How many elders the caller can see: the county's, or their township's. */
    public long countElders() {
        Caller caller = Access.requireRegistryUser();
        return elders.countIn(Access.townshipScope(caller));
    }

    public ElderView renameElder(long id, String newName) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = visibleElder(caller, id);
        String name = validName(newName);
        if (!name.equals(elder.name())) {
            String old = elder.name();
            elder.rename(name, caller.username(), clock.instant());
            audit.record("ELDER_RENAMED", "elder", elder.id(), "name: " + old + " -> " + name);
        }
        return view(elder, new PlaceNames());
    }

    /** Villages the caller may register elders in, by township and code. */
    public List<VillageOption> villagesForRegistration() {
        Caller caller = Access.requireRegistryUser();
        Optional<String> township = Access.townshipScope(caller);
        PlaceNames names = new PlaceNames();
        return township.map(places::villagesOf).orElseGet(places::villages).stream()
                .map(v -> new VillageOption(v.code(), v.name(), v.townshipCode(), names.township(v.townshipCode())))
                .toList();
    }

    private Elder visibleElder(Caller caller, long id) {
        Optional<String> township = Access.townshipScope(caller);
        return elders.find(id)
                .filter(e -> township.isEmpty() || township.get().equals(e.townshipCode()))
                .orElseThrow(() -> DomainException.notFound("elder.notFound", String.valueOf(id)));
    }

    private Village visibleVillage(Caller caller, String code) {
        Optional<String> township = Access.townshipScope(caller);
        return places.village(code)
                .filter(v -> township.isEmpty() || township.get().equals(v.townshipCode()))
                .orElseThrow(() -> DomainException.invalid("villageCode", "village.unknown",
                        code == null ? "" : code));
    }

    private DomainException duplicate(Caller caller, Elder existing) {
        Optional<String> township = Access.townshipScope(caller);
        if (township.isEmpty() || township.get().equals(existing.townshipCode())) {
            return DomainException.conflict("elder.duplicate", String.valueOf(existing.id()), existing.name());
        }
        String townshipName = places.township(existing.townshipCode()).map(Township::name).orElse("");
        return DomainException.conflict("elder.duplicateElsewhere", townshipName);
    }

    private static String validName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw DomainException.invalid("name", "elder.name.required");
        }
        if (name.length() > MAX_NAME) {
            throw DomainException.invalid("name", "elder.name.tooLong", MAX_NAME);
        }
        return name;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ElderView view(Elder e, PlaceNames names) {
        return new ElderView(e.id(), e.name(), e.idNumberMasked(), e.birthDate(), e.ageOn(today()), e.sex().name(),
                e.townshipCode(), names.township(e.townshipCode()), e.villageCode(), names.village(e.villageCode()),
                e.version());
    }

    /** Place names looked up once per use case. */
    private final class PlaceNames {
        private final Map<String, String> townships = new HashMap<>();
        private final Map<String, String> villages = new HashMap<>();

        String township(String code) {
            return townships.computeIfAbsent(code, c -> places.township(c).map(Township::name).orElse(c));
        }

        String village(String code) {
            return villages.computeIfAbsent(code, c -> places.village(c).map(Village::name).orElse(c));
        }
    }
}
