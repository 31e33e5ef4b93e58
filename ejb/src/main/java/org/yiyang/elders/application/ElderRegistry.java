package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.elders.domain.AgeBand;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.elders.domain.EconomicStatus;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderCategory;
import org.yiyang.elders.domain.ElderProfile;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderSearch;
import org.yiyang.elders.domain.ElderStatus;
import org.yiyang.elders.domain.Household;
import org.yiyang.elders.domain.HouseholdRepository;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.SelfCareAbility;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.AuditEvent;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.domain.ProtectedIdNumber;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/**
 * The elder registry of the caller's county (or township, for township staff and village assistants):
 * registering, finding, changing, revealing the ID number. Every change and every sensitive access is
 * written to the audit log in the same transaction.
 */
@Stateless
public class ElderRegistry {

    public static final int MAX_NAME = 40;
    public static final int MAX_PAGE = 200;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_HOUSEHOLD_NO = 30;

    @Inject
    jakarta.enterprise.event.Event<ElderMoved> moved;

    @Inject
    jakarta.enterprise.event.Event<ElderChangingHousehold> changingHousehold;

    @Inject
    ElderRepository elders;

    @Inject
    ElderSearches searches;

    @Inject
    HouseholdRepository households;

    @Inject
    PlaceDirectory places;

    @Inject
    PersonalDataProtector protector;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<ElderCountChanged> elderCount;

    @Inject
    jakarta.enterprise.event.Event<ElderRegistered> registered;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public ElderDetailView registerElder(RegisterElder command) {
        Caller caller = Access.requireRegistryUser();
        String county = caller.county().orElseThrow();
        String name = ElderRules.validName(command.name());
        IdCardNumber number = IdCardNumber.parse(command.idNumber(), today());
        if (number.birthDate().plusYears(Elder.ELDER_AGE).isAfter(today())) {
            throw DomainException.invalid("idNumber", "elder.tooYoung", Elder.ELDER_AGE);
        }
        ElderProfile profile = ElderRules.profile(command.details());
        ProtectedIdNumber protectedNumber = protector.protect(number, county);
        elders.findByIdNumberHash(protectedNumber.hash()).ifPresent(existing -> {
            throw duplicate(caller, existing);
        });
        Household household = householdFor(caller, command.householdNo(), command.villageCode(), command.address());
        Elder elder = new Elder(name, protectedNumber, number.birthDate(), number.sex(), household, profile,
                caller.username(), clock.instant());
        elders.store(elder);
        flushOrConflict("elder.duplicateConcurrent");
        elderCount.fire(new ElderCountChanged(county, 1));
        registered.fire(new ElderRegistered(county, elder.id(), elder.townshipCode()));
        audit.record("ELDER_REGISTERED", "elder", elder.id(), "household=" + household.id() + ", village="
                + household.villageCode());
        return detail(elder);
    }

    /** One elder's full record; the access is audited (health, disability and finances are sensitive). */
    public ElderDetailView elder(long id) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = visibleElder(caller, id);
        audit.record("ELDER_VIEWED", "elder", elder.id(), null);
        return detail(elder);
    }

    public ElderPage listElders(int first, int max) {
        return searchElders(ElderQuery.ALL, first, max);
    }

    public ElderPage searchElders(ElderQuery query, int first, int max) {
        Caller caller = Access.requireRegistryUser();
        ElderSearch search = searches.from(caller, query);
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        int from = Math.max(0, first);
        PlaceNames names = new PlaceNames();
        List<ElderView> page = elders.search(search, today(), from, size).stream().map(e -> view(e, names)).toList();
        return new ElderPage(page, elders.count(search, today()), from, size);
    }

    /** One page of a search, without counting the whole result (the list page counts separately). */
    public List<ElderView> findElders(ElderQuery query, int first, int max) {
        Caller caller = Access.requireRegistryUser();
        ElderSearch search = searches.from(caller, query);
        PlaceNames names = new PlaceNames();
        return elders.search(search, today(), Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE))).stream()
                .map(e -> view(e, names)).toList();
    }

    /** How many elders match a search within the caller's scope. */
    public long countElders(ElderQuery query) {
        Caller caller = Access.requireRegistryUser();
        return elders.count(searches.from(caller, query), today());
    }

    /** How many active elders the caller can see: the county's, or their township's. */
    public long countElders() {
        Caller caller = Access.requireRegistryUser();
        return elders.count(searches.from(caller, ElderQuery.ALL), today());
    }

    public ElderDetailView updateElder(UpdateElder command) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = visibleElder(caller, command.id());
        if (command.expectedVersion() != null && command.expectedVersion() != elder.version()) {
            throw DomainException.conflict("elder.changedMeanwhile");
        }
        String name = ElderRules.validName(command.name());
        ElderProfile before = elder.profile();
        ElderProfile after = ElderRules.profile(command.details());
        String changes = ElderRules.diff(elder.name(), name, before, after);
        if (!changes.isEmpty()) {
            if (!name.equals(elder.name())) {
                elder.rename(name, caller.username(), clock.instant());
            }
            elder.updateProfile(after, caller.username(), clock.instant());
            try {
                em.flush();
            } catch (OptimisticLockException e) {
                throw DomainException.conflict("elder.changedMeanwhile");
            }
            audit.record("ELDER_UPDATED", "elder", elder.id(), changes);
        }
        return detail(elder);
    }

    /** Kept for the simple rename form: changes the name only. */
    public ElderDetailView renameElder(long id, String newName) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = visibleElder(caller, id);
        return updateElder(new UpdateElder(id, null, newName, ElderRules.details(elder.profile())));
    }

    /** The household moved: every member now lives at the new address. */
    public ElderDetailView moveHousehold(long elderId, String villageCode, String address) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = visibleElder(caller, elderId);
        Household household = elder.household();
        Village village = visibleVillage(caller, villageCode);
        String newAddress = ElderRules.validAddress(address);
        if (village.code().equals(household.villageCode()) && Objects.equals(newAddress, household.address())) {
            return detail(elder);
        }
        String before = household.villageCode() + " " + Objects.toString(household.address(), "");
        String fromTownship = elder.townshipCode();
        household.relocate(village, newAddress, caller.username(), clock.instant());
        java.util.List<Long> members = new java.util.ArrayList<>();
        for (Elder member : elders.membersOf(household.id())) {
            member.followHousehold();
            members.add(member.id());
        }
        if (!fromTownship.equals(village.townshipCode())) {
            moved.fire(new ElderMoved(caller.county().orElseThrow(), members, fromTownship, village.townshipCode()));
        }
        audit.record("HOUSEHOLD_MOVED", "household", household.id(), before + " -> " + village.code() + " "
                + Objects.toString(newAddress, ""));
        audit.record("HOUSEHOLD_MOVED", "elder", elder.id(), "to " + village.code());
        return detail(elder);
    }

    /** The elder joins the household with this number (created in the elder's village if it does not exist). */
    public ElderDetailView changeHousehold(long elderId, String householdNo) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = visibleElder(caller, elderId);
        String no = ElderRules.validHouseholdNo(householdNo);
        if (no == null) {
            throw DomainException.invalid("householdNo", "household.no.required");
        }
        Household from = elder.household();
        if (no.equals(from.householdNo())) {
            return detail(elder);
        }
        changingHousehold.fire(new ElderChangingHousehold(caller.county().orElseThrow(), elder.id(), from.id()));
        String fromTownship = elder.townshipCode();
        Household target = households.findByNumber(no)
                .map(h -> requireVisible(caller, h))
                .orElseGet(() -> newHousehold(caller, no, visibleVillage(caller, elder.villageCode()), from.address()));
        elder.moveTo(target, caller.username(), clock.instant());
        if (!fromTownship.equals(elder.townshipCode())) {
            moved.fire(new ElderMoved(caller.county().orElseThrow(), java.util.List.of(elder.id()), fromTownship,
                    elder.townshipCode()));
        }
        audit.record("ELDER_HOUSEHOLD_CHANGED", "elder", elder.id(), "household " + from.id() + " -> " + target.id());
        return detail(elder);
    }

    public ElderDetailView changeStatus(long elderId, String status) {
        Caller caller = Access.requireRegistryUser();
        if (!Access.mayRevealIdNumbers(caller)) {
            throw DomainException.forbidden("access.forbidden");
        }
        Elder elder = visibleElder(caller, elderId);
        ElderStatus next = ElderRules.parse(ElderStatus.class, status, "status");
        if (next != elder.status()) {
            ElderStatus before = elder.status();
            elder.changeStatus(next, caller.username(), clock.instant());
            elderCount.fire(new ElderCountChanged(caller.county().orElseThrow(),
                    next == ElderStatus.ACTIVE ? 1 : before == ElderStatus.ACTIVE ? -1 : 0));
            audit.record("ELDER_STATUS_CHANGED", "elder", elder.id(), "status: " + before + " -> " + next);
        }
        return detail(elder);
    }

    /** The full ID number, for roles that need it; every reveal is audited. */
    public String revealIdNumber(long elderId) {
        Caller caller = Access.requireRegistryUser();
        if (!Access.mayRevealIdNumbers(caller)) {
            throw DomainException.forbidden("idNumber.revealForbidden");
        }
        Elder elder = visibleElder(caller, elderId);
        String number = protector.reveal(elder.idNumberCipher(), caller.county().orElseThrow());
        audit.record("ID_NUMBER_REVEALED", "elder", elder.id(), null);
        return number;
    }

    /** The audit trail of an elder (changes and reveals; views are recorded but not listed). */
    public List<AuditEntryView> history(long elderId) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = visibleElder(caller, elderId);
        List<AuditEntryView> trail = new ArrayList<>();
        for (AuditEvent a : audit.trailOf("elder", elder.id())) {
            if (!"ELDER_VIEWED".equals(a.action())) {
                trail.add(new AuditEntryView(a.occurredAt(), a.actor(), a.action(), a.details()));
            }
        }
        return trail;
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

    // ---- rules -------------------------------------------------------------------------------------------

    private Household householdFor(Caller caller, String householdNo, String villageCode, String address) {
        String no = ElderRules.validHouseholdNo(householdNo);
        if (no != null) {
            Optional<Household> existing = households.findByNumber(no);
            if (existing.isPresent()) {
                Household h = requireVisible(caller, existing.get());
                if (villageCode != null && !villageCode.isBlank() && !villageCode.equals(h.villageCode())) {
                    throw DomainException.invalid("villageCode", "household.otherVillage", no);
                }
                return h;
            }
        }
        return newHousehold(caller, no, visibleVillage(caller, villageCode), ElderRules.validAddress(address));
    }

    private Household newHousehold(Caller caller, String no, Village village, String address) {
        Household h = new Household(no, village, address, caller.username(), clock.instant());
        households.store(h);
        return h;
    }

    private Household requireVisible(Caller caller, Household h) {
        Optional<String> township = Access.townshipScope(caller);
        if (township.isPresent() && !township.get().equals(h.townshipCode())) {
            throw DomainException.invalid("householdNo", "household.otherTownship");
        }
        return h;
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

    private void flushOrConflict(String key) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw DomainException.conflict(key);
            }
            throw e;
        }
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    private ElderView view(Elder e, PlaceNames names) {
        return new ElderView(e.id(), e.name(), e.idNumberMasked(), e.birthDate(), e.ageOn(today()), e.sex().name(),
                e.townshipCode(), names.township(e.townshipCode()), e.villageCode(), names.village(e.villageCode()),
                e.categoriesOn(today()).stream().map(Enum::name).toList(), e.status().name(), e.version());
    }

    private ElderDetailView detail(Elder e) {
        PlaceNames names = new PlaceNames();
        Household h = e.household();
        ElderProfile p = e.profile();
        List<HouseholdMemberView> members = elders.membersOf(h.id()).stream()
                .map(m -> new HouseholdMemberView(m.id(), m.name(), m.idNumberMasked(), m.ageOn(today()))).toList();
        return new ElderDetailView(e.id(), e.name(), e.idNumberMasked(), e.birthDate(), e.ageOn(today()),
                e.sex().name(), e.townshipCode(), names.township(e.townshipCode()), e.villageCode(),
                names.village(e.villageCode()), h.id(), h.householdNo(), h.address(), members, p.phone(),
                p.emergencyContactName(), p.emergencyContactPhone(), p.emergencyContactRelation(),
                ElderRules.name(p.livingArrangement()), ElderRules.name(p.selfCare()), p.disabilityGrade(), ElderRules.name(p.disabilityType()),
                ElderRules.name(p.economicStatus()), p.familyPlanningSpecial(), p.widowedChildless(),
                e.categoriesOn(today()).stream().map(Enum::name).toList(), e.status().name(), e.version(),
                e.createdAt(), e.createdBy(), e.updatedAt(), e.updatedBy());
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
