package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderSearch;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.AuditEvent;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.PlaceDirectory;

/**
 * Reading the register within the caller's scope: one elder's record, searches and counts, an elder's audit trail,
 * the full ID number, the villages to register in. Access to a record and every reveal are audited.
 */
@Stateless
public class ElderQueries {

    /** The most elders one page holds. */
    public static final int MAX_PAGE = 200;

    @Inject
    ElderRepository elders;

    @Inject
    ElderSearches searches;

    @Inject
    ElderScope scope;

    @Inject
    ElderViews views;

    @Inject
    PlaceDirectory places;

    @Inject
    PersonalDataProtector protector;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One elder's full record; the access is audited (health, disability and finances are sensitive). */
    public ElderDetailView elder(long id) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = scope.visibleElder(caller, id);
        audit.record("ELDER_VIEWED", "elder", elder.id(), null);
        return views.detail(elder);
    }

    public ElderPage listElders(int first, int max) {
        return searchElders(ElderQuery.ALL, first, max);
    }

    public ElderPage searchElders(ElderQuery query, int first, int max) {
        Caller caller = Access.requireRegistryUser();
        ElderSearch search = searches.from(caller, query);
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        int from = Math.max(0, first);
        List<ElderView> page = views.views(elders.search(search, today(), from, size));
        return new ElderPage(page, elders.count(search, today()), from, size);
    }

    /** One page of a search, without counting the whole result (the list page counts separately). */
    public List<ElderView> findElders(ElderQuery query, int first, int max) {
        Caller caller = Access.requireRegistryUser();
        ElderSearch search = searches.from(caller, query);
        return views.views(elders.search(search, today(), Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE))));
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

    /** The full ID number, for roles that need it; every reveal is audited. */
    public String revealIdNumber(long elderId) {
        Caller caller = Access.requireRegistryUser();
        if (!Access.mayRevealIdNumbers(caller)) {
            throw DomainException.forbidden("idNumber.revealForbidden");
        }
        Elder elder = scope.visibleElder(caller, elderId);
        String number = protector.reveal(elder.idNumberCipher(), caller.county().orElseThrow());
        audit.record("ID_NUMBER_REVEALED", "elder", elder.id(), null);
        return number;
    }

    /** The audit trail of an elder (changes and reveals; views are recorded but not listed). */
    public List<AuditEntryView> history(long elderId) {
        Caller caller = Access.requireRegistryUser();
        Elder elder = scope.visibleElder(caller, elderId);
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
        return views.villageOptions(township.map(places::villagesOf).orElseGet(places::villages));
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
