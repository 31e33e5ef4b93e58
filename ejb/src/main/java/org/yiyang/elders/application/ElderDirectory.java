package org.yiyang.elders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderCategory;
import org.yiyang.elders.domain.ElderProfile;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderSearch;
import org.yiyang.elders.domain.ElderStatus;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * The elders context's published face: what other contexts (orders, renovation, visits, meals, the time bank) may
 * know of an elder of the current county. They use only this and the elders' events, never the register's entities
 * or tables. Reads join the caller's transaction (or run in their own) and are scoped to the county of the caller.
 */
@ApplicationScoped
@Transactional
public class ElderDirectory {

    /** At most this many namesakes are looked at by {@link #findByNameAndIdLast4}. */
    static final int MAX_NAMESAKES = 10;

    @Inject
    ElderRepository elders;

    @Inject
    PersonalDataProtector protector;

    @Inject
    ElderSearches searches;

    @Inject
    Clock clock;

    /** An elder of the county, registered or not any more. */
    public Optional<ElderRef> find(long elderId) {
        return elders.find(elderId).map(this::ref);
    }

    /** An elder of the county within the caller's reach (the county bureau: all; others: their township). */
    public Optional<ElderRef> findInReach(Caller caller, long elderId) {
        return find(elderId).filter(e -> Access.reaches(caller, e.townshipCode()));
    }

    /** The elder with this ID number in the county (looked up by its keyed hash, never by the number). */
    public Optional<ElderRef> findByIdNumber(IdCardNumber number) {
        return elders.findByIdNumberHash(protector.lookupHash(number, TenantScope.requireCounty())).map(this::ref);
    }

    /**
     * The registered (active) elders of the county with exactly this name whose ID number ends in these four
     * characters: how a meal site finds an elder who has no card with them, without the whole number.
     */
    public List<ElderRef> findByNameAndIdLast4(String name, String last4) {
        ElderSearch search = new ElderSearch(Optional.of(name), Optional.empty(), Optional.of(last4), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(ElderStatus.ACTIVE));
        return elders.search(search, ChinaTime.today(clock), 0, MAX_NAMESAKES).stream()
                .filter(e -> e.name().equals(name)).map(this::ref).toList();
    }

    /** The address of the elder's household (another read: lists do without it). */
    public Optional<String> addressOf(long elderId) {
        return elders.find(elderId).map(e -> e.household().address());
    }

    /** How many registered (active) elders the caller reaches: the county's, or their township's. */
    public long countInReach(Caller caller) {
        return elders.count(searches.from(caller, ElderQuery.ALL), ChinaTime.today(clock));
    }

    /**
     * The registered (active) elders of the county, or of one township, counted per village with their special-hardship
     * elders today: one aggregate query, keyed by village code; villages without elders are absent.
     */
    public Map<String, VillageElders> eldersByVillage(Optional<String> townshipCode) {
        ElderSearch search = townshipCode.map(ElderSearch.all()::inTownship).orElseGet(ElderSearch::all);
        return elders.countByVillage(search, ChinaTime.today(clock)).stream()
                .map(c -> new VillageElders(c.villageCode(), c.elders(), c.specialHardship()))
                .collect(Collectors.toMap(VillageElders::villageCode, Function.identity()));
    }

    /** The members of a household. */
    public List<ElderRef> household(long householdId) {
        return elders.membersOf(householdId).stream().map(this::ref).toList();
    }

    /** The elder's situation as care services weigh it, today. */
    public Optional<ElderCare> care(long elderId) {
        LocalDate today = ChinaTime.today(clock);
        return elders.find(elderId).map(e -> {
            ElderProfile p = e.profile();
            return new ElderCare(p.selfCare(), p.disabilityGrade(), p.disabilityType(), e.ageOn(today),
                    p.livingArrangement());
        });
    }

    /** The elder's age band, economic status and special hardship, today. */
    public Optional<ElderStanding> standing(long elderId) {
        LocalDate today = ChinaTime.today(clock);
        return elders.find(elderId).map(e -> {
            int age = e.ageOn(today);
            return new ElderStanding(age, AgeBand.of(age), e.profile().economicStatus(),
                    e.categoriesOn(today).contains(ElderCategory.SPECIAL_HARDSHIP));
        });
    }

    private ElderRef ref(Elder e) {
        LocalDate today = ChinaTime.today(clock);
        return new ElderRef(e.id(), e.name(), e.idNumberMasked(), e.townshipCode(), e.villageCode(),
                e.household().id(), e.status() == ElderStatus.ACTIVE,
                e.categoriesOn(today).stream().map(Enum::name).sorted().toList());
    }
}
