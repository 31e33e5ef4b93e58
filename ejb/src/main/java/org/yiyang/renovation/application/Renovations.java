package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderStatus;
import org.yiyang.providers.domain.Provider;
import org.yiyang.providers.domain.ProviderRepository;
import org.yiyang.shared.domain.ProviderWork;
import org.yiyang.renovation.domain.ApplicantKind;
import org.yiyang.renovation.domain.CatalogItem;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanEvent;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.renovation.domain.PlanSearch;
import org.yiyang.renovation.domain.PlanStatus;
import org.yiyang.renovation.infrastructure.SubsidyLedger;
import org.yiyang.shared.application.AttachmentStore;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.application.AttachmentView;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.application.StoredFile;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.policy.PolicyKeys;
import org.yiyang.shared.domain.policy.PolicyValue;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * Renovation plans of the county, step by step, each step only by the roles that own it and recorded with
 * who and when: application (grid worker, township, bureau) → assessment (bureau assessors) → approval or
 * rejection (county administrator) → construction and completion with photos (the contractor) → acceptance
 * (township staff) → settlement (county administrator). Approval keeps the household's subsidies under the
 * county's cap (see {@link SubsidyLedger}).
 */
@Stateless
public class Renovations {

    public static final String OWNER = "renovation";
    static final int MAX_TEXT = 500;
    static final int MAX_QUANTITY = 99;

    /** The photo kinds of a plan. */
    public enum Purpose { ASSESSMENT, BEFORE, AFTER }

    static final Role[] APPLY = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT};
    static final Role[] ASSESS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF};

    @Inject
    PlanRepository plans;

    @Inject
    ElderRepository elders;

    @Inject
    ProviderRepository providers;

    @Inject
    RenovationCatalog catalog;

    @Inject
    RenovationViews views;

    @Inject
    SubsidyLedger ledger;

    @Inject
    CountyPolicies policies;

    @Inject
    AttachmentStore attachments;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public PlanView apply(Application a) {
        Caller caller = Access.requireCountyRole(APPLY);
        if (a == null || a.elderId() == null) {
            throw DomainException.invalid("elderId", "renovation.elder.required");
        }
        Elder elder = elders.find(a.elderId()).filter(e -> inReach(caller, e.townshipCode()))
                .orElseThrow(() -> DomainException.invalid("elderId", "elder.notFound", String.valueOf(a.elderId())));
        if (elder.status() != ElderStatus.ACTIVE) {
            throw DomainException.invalid("elderId", "renovation.elder.inactive");
        }
        ApplicantKind kind = Inputs.parse(ApplicantKind.class, a.applicantKind(), "applicantKind");
        if (kind == null) {
            kind = caller.has(Role.VILLAGE_ASSISTANT) ? ApplicantKind.ASSISTANT : ApplicantKind.ELDER;
        }
        String phone = Inputs.phone(a.applicantPhone(), "applicantPhone");
        Plan plan = new Plan(elder.household().id(), elder.id(), elder.townshipCode(), kind,
                Inputs.text(a.applicantName(), 40, "applicantName"), phone, Inputs.text(a.notes(), MAX_TEXT, "notes"),
                caller.username(), clock.instant());
        plans.store(plan);
        record(plan, caller, "apply", null, plan.requestNotes());
        return views.view(plan);
    }

    /** The home assessment: items from the county's catalog at today's prices, quantities and notes. */
    public PlanView assess(long planId, List<ItemChoice> choices, String notes) {
        Caller caller = Access.requireCountyRole(ASSESS);
        Plan plan = visible(caller, planId);
        if (choices == null || choices.isEmpty()) {
            throw DomainException.invalid("items", "renovation.items.required");
        }
        Map<String, CatalogItem> items = catalog.itemsByCode();
        Map<CatalogItem, Integer> chosen = new LinkedHashMap<>();
        for (ItemChoice c : choices) {
            CatalogItem item = c == null || c.code() == null ? null : items.get(c.code().strip().toUpperCase(Locale.ROOT));
            if (item == null || !item.active()) {
                throw DomainException.invalid("items", "renovation.item.unknown", c == null ? "" : String.valueOf(c.code()));
            }
            if (c.quantity() == null || c.quantity() < 1 || c.quantity() > MAX_QUANTITY) {
                throw DomainException.invalid("items", "renovation.item.quantity", item.name(), MAX_QUANTITY);
            }
            if (chosen.containsKey(item)) {
                throw DomainException.invalid("items", "renovation.item.twice", item.name());
            }
            chosen.put(item, c.quantity());
        }
        PlanStatus from = plan.assess(chosen, Inputs.text(notes, MAX_TEXT, "notes"), caller.username(), clock.instant());
        record(plan, caller, "assess", from, "¥" + plan.total().toPlainString());
        return views.view(plan);
    }

    /** The household's subsidy as an approval would see it now. */
    public HouseholdAllowance allowance(long planId) {
        Plan plan = visible(TenantScope.requireCaller(), planId);
        return allowanceOf(plan.householdId());
    }

    /** A household's subsidy, for the elder's file. */
    public HouseholdAllowance householdAllowance(long householdId) {
        Caller caller = Access.requireCountyRole(APPLY);
        // the household's members as this county sees them: none for another county's household
        boolean inReach = elders.membersOf(householdId).stream().anyMatch(e -> inReach(caller, e.townshipCode()));
        if (!inReach) {
            throw DomainException.notFound("renovation.household.notFound", String.valueOf(householdId));
        }
        return allowanceOf(householdId);
    }

    private HouseholdAllowance allowanceOf(long householdId) {
        PolicyValue<BigDecimal> cap = policies.current(PolicyKeys.RENOVATION_HOUSEHOLD_CAP);
        SubsidyLedger.Held held = ledger.held(TenantScope.requireCounty(), householdId);
        BigDecimal remaining = cap.value().subtract(held.approved()).max(BigDecimal.ZERO).setScale(2);
        return new HouseholdAllowance(householdId, cap.value(), cap.version(), held.approved(), remaining, held.plans());
    }

    /**
     * Approves an assessed plan: subsidy = min(plan total, the household's remaining allowance under the cap in
     * force), self-pay = the rest; the contractor must do renovation work in the plan's township. The
     * household is locked for the decision, so concurrent approvals of its plans never exceed the cap.
     */
    public PlanView approve(long planId, Long contractorId) {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN);
        Plan plan = visible(caller, planId);
        plan.requireApprovable(); // refused before anything is locked; checked again under the lock
        Provider contractor = contractor(contractorId, plan.townshipCode());
        String county = TenantScope.requireCounty();
        if (!ledger.lockHousehold(county, plan.householdId())) {
            throw notFound(planId);
        }
        em.refresh(plan, LockModeType.PESSIMISTIC_WRITE); // a current read, not the transaction's snapshot
        PolicyValue<BigDecimal> cap = policies.current(PolicyKeys.RENOVATION_HOUSEHOLD_CAP);
        BigDecimal remaining = cap.value().subtract(ledger.heldForUpdate(county, plan.householdId()).approved())
                .max(BigDecimal.ZERO).setScale(2);
        BigDecimal subsidy = plan.total().min(remaining);
        PlanStatus from = plan.approve(subsidy, cap.value(), cap.version(), remaining, contractor.id(),
                caller.username(), clock.instant());
        if (subsidy.signum() > 0 && !ledger.add(county, plan.householdId(), subsidy, cap.value())) {
            throw DomainException.conflict("renovation.cap.exceeded", remaining.toPlainString());
        }
        record(plan, caller, "approve", from, "¥" + subsidy.toPlainString() + " + ¥" + plan.selfPay().toPlainString()
                + " · " + contractor.name());
        return views.view(plan);
    }

    private Provider contractor(Long contractorId, String township) {
        if (contractorId == null) {
            throw DomainException.invalid("contractorId", "renovation.contractor.required");
        }
        Provider p = providers.find(contractorId).orElseThrow(() -> DomainException.invalid("contractorId",
                "provider.notFound", String.valueOf(contractorId)));
        if (!p.isActive() || !p.does(ProviderWork.RENOVATION)) {
            throw DomainException.invalid("contractorId", "renovation.contractor.unsuitable", p.name());
        }
        if (!p.serves(township)) {
            throw DomainException.invalid("contractorId", "renovation.contractor.outsideArea", p.name());
        }
        return p;
    }

    public PlanView reject(long planId, String reason) {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN);
        Plan plan = visible(caller, planId);
        String why = Inputs.reason(reason);
        PlanStatus from = plan.reject(why, caller.username(), clock.instant());
        record(plan, caller, "reject", from, why);
        return views.view(plan);
    }

    public PlanView start(long planId) {
        Caller caller = TenantScope.requireCaller();
        Plan plan = contractorsPlan(caller, planId);
        PlanStatus from = plan.start(caller.username(), clock.instant());
        record(plan, caller, "start", from, null);
        return views.view(plan);
    }

    /** Built: needs at least one photo before and one after the work. */
    public PlanView complete(long planId, String notes) {
        Caller caller = TenantScope.requireCaller();
        Plan plan = contractorsPlan(caller, planId);
        if (plan.status() == PlanStatus.IN_PROGRESS && (attachments.count(OWNER, plan.id(), Purpose.BEFORE.name()) == 0
                || attachments.count(OWNER, plan.id(), Purpose.AFTER.name()) == 0)) {
            throw DomainException.invalid("photos", "renovation.photos.required");
        }
        String n = Inputs.text(notes, MAX_TEXT, "notes");
        PlanStatus from = plan.complete(n, caller.username(), clock.instant());
        record(plan, caller, "complete", from, n);
        return views.view(plan);
    }

    /** The township's acceptance (验收). */
    public PlanView accept(long planId, String notes) {
        Caller caller = TenantScope.requireCaller();
        Plan plan = townshipsPlan(caller, planId);
        PlanStatus from = plan.accept(caller.username(), clock.instant());
        record(plan, caller, "accept", from, Inputs.text(notes, MAX_TEXT, "notes"));
        return views.view(plan);
    }

    /** Acceptance refused: back to the contractor, with what to put right. */
    public PlanView sendBack(long planId, String reason) {
        Caller caller = TenantScope.requireCaller();
        Plan plan = townshipsPlan(caller, planId);
        String why = Inputs.reason(reason);
        PlanStatus from = plan.sendBack(why, caller.username(), clock.instant());
        record(plan, caller, "sendBack", from, why);
        return views.view(plan);
    }

    /** Settles an accepted plan with its contractor (the subsidy is paid to the contractor). */
    public PlanView settle(long planId) {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN);
        Plan plan = visible(caller, planId);
        PlanStatus from = plan.settle(caller.username(), clock.instant());
        record(plan, caller, "settle", from, "¥" + plan.subsidy().toPlainString());
        return views.view(plan);
    }

    public PlanView plan(long id) {
        return views.view(visible(TenantScope.requireCaller(), id));
    }

    public List<PlanEventView> events(long id) {
        Plan plan = visible(TenantScope.requireCaller(), id);
        return plans.events(plan.id()).stream().map(e -> new PlanEventView(e.occurredAt(), e.actor(), e.actorRole(),
                e.action(), e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.note()))
                .toList();
    }

    public PlanPage search(PlanQuery q, int first, int max) {
        PlanSearch s = scope(TenantScope.requireCaller(), q == null ? PlanQuery.ALL : q);
        int size = Math.max(1, Math.min(max, 200));
        int from = Math.max(0, first);
        return new PlanPage(views.views(plans.search(s, from, size)), plans.count(s), from, size);
    }

    // ---- photos ------------------------------------------------------------------------------------------

    /**
     * Adds a photo (or PDF) to a plan: assessment photos by the assessors before the decision, before/after
     * photos by the contractor while it builds.
     */
    public AttachmentView attach(long planId, String purpose, String fileName, byte[] content) {
        Caller caller = TenantScope.requireCaller();
        Purpose p = Inputs.parse(Purpose.class, purpose, "purpose");
        if (p == null) {
            throw DomainException.invalid("purpose", "renovation.photo.purpose");
        }
        Plan plan;
        if (p == Purpose.ASSESSMENT) {
            Access.requireCountyRole(ASSESS);
            plan = visible(caller, planId);
            if (plan.status() != PlanStatus.APPLIED && plan.status() != PlanStatus.ASSESSED) {
                throw DomainException.conflict("renovation.photo.notNow", new DomainException.Label("PlanStatus."
                        + plan.status()));
            }
        } else {
            plan = contractorsPlan(caller, planId);
            Set<PlanStatus> open = p == Purpose.BEFORE ? Set.of(PlanStatus.APPROVED, PlanStatus.IN_PROGRESS)
                    : Set.of(PlanStatus.IN_PROGRESS);
            if (!open.contains(plan.status())) {
                throw DomainException.conflict("renovation.photo.notNow", new DomainException.Label("PlanStatus."
                        + plan.status()));
            }
        }
        AttachmentView v = attachments.store(OWNER, plan.id(), p.name(), fileName, content);
        record(plan, caller, "photo", plan.status(), p.name() + " " + v.fileName());
        return v;
    }

    public List<AttachmentView> photos(long planId) {
        Plan plan = visible(TenantScope.requireCaller(), planId);
        return attachments.list(OWNER, plan.id());
    }

    public StoredFile photo(long planId, long attachmentId, boolean thumbnail) {
        Plan plan = visible(TenantScope.requireCaller(), planId);
        Optional<StoredFile> f = thumbnail ? attachments.thumbnail(OWNER, plan.id(), attachmentId)
                : attachments.content(OWNER, plan.id(), attachmentId);
        return f.orElseThrow(() -> DomainException.notFound("attachment.notFound", String.valueOf(attachmentId)));
    }

    // ---- figures -----------------------------------------------------------------------------------------

    /**
     * Applications, completions, subsidy approved and subsidy spent per township and month (Beijing time), from
     * month {@code from} to {@code to} inclusive; township staff see their township only.
     */
    public List<FigureRow> figures(YearMonth from, YearMonth to) {
        Caller caller = Access.requireCountyRole(APPLY);
        if (from == null || to == null || from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw DomainException.invalid("from", "renovation.figures.range");
        }
        Optional<String> township = Access.countyWide(caller) ? Optional.empty() : Optional.of(ownTownship(caller));
        String local = "DATE_FORMAT(CONVERT_TZ(%s, '+00:00', '+08:00'), '%%Y-%%m')";
        String sql = "SELECT township_code, m, SUM(a), SUM(c), SUM(ap), SUM(sp) FROM ("
                + "SELECT township_code, " + local.formatted("created_at") + " m, 1 a, 0 c, 0 ap, 0 sp "
                + "FROM renovation_plan WHERE county_code = ?1 "
                + "UNION ALL SELECT township_code, " + local.formatted("completed_at") + ", 0, 1, 0, 0 "
                + "FROM renovation_plan WHERE county_code = ?1 AND completed_at IS NOT NULL "
                + "UNION ALL SELECT township_code, " + local.formatted("decided_at") + ", 0, 0, subsidy, 0 "
                + "FROM renovation_plan WHERE county_code = ?1 AND subsidy IS NOT NULL "
                + "UNION ALL SELECT township_code, " + local.formatted("settled_at") + ", 0, 0, 0, subsidy "
                + "FROM renovation_plan WHERE county_code = ?1 AND settled_at IS NOT NULL"
                + ") x WHERE m BETWEEN ?2 AND ?3" + (township.isPresent() ? " AND township_code = ?4" : "")
                + " GROUP BY township_code, m ORDER BY m, township_code";
        var q = em.createNativeQuery(sql).setParameter(1, TenantScope.requireCounty())
                .setParameter(2, from.toString()).setParameter(3, to.toString());
        township.ifPresent(t -> q.setParameter(4, t));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<FigureRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            String code = (String) r[0];
            out.add(new FigureRow(code, views.township(code), (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), money(r[4]), money(r[5])));
        }
        return out;
    }

    private static BigDecimal money(Object o) {
        return (o instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(o))).setScale(2);
    }

    // ---- scope -------------------------------------------------------------------------------------------

    private PlanSearch scope(Caller caller, PlanQuery q) {
        Optional<String> township = Optional.ofNullable(Inputs.blank(q.townshipCode()));
        Optional<Long> contractor = Optional.ofNullable(q.contractorId());
        if (Access.countyWide(caller)) {
            // every plan of the county
        } else if (township(caller)) {
            String own = ownTownship(caller);
            if (township.isPresent() && !township.get().equals(own)) {
                throw DomainException.forbidden("access.otherTownship");
            }
            township = Optional.of(own);
        } else if (providerSide(caller)) {
            contractor = Optional.of(ownProvider(caller).map(Provider::id).orElse(-1L));
        } else {
            throw DomainException.forbidden("access.forbidden");
        }
        PlanStatus status = Inputs.parse(PlanStatus.class, q.status(), "status");
        return new PlanSearch(status == null ? Set.of() : Set.of(status), township, contractor,
                Optional.ofNullable(q.householdId()), Optional.ofNullable(q.elderId()));
    }

    /** A plan the caller may see; any other answers 404, whether it exists elsewhere or not. */
    private Plan visible(Caller caller, long id) {
        Plan p = plans.find(id).orElseThrow(() -> notFound(id));
        boolean ok;
        if (Access.countyWide(caller)) {
            ok = true;
        } else if (township(caller)) {
            ok = caller.township().map(t -> t.equals(p.townshipCode())).orElse(false);
        } else if (providerSide(caller)) {
            ok = p.contractorId() != null && ownProvider(caller).map(v -> v.id().equals(p.contractorId())).orElse(false);
        } else {
            ok = false;
        }
        if (!ok) {
            throw notFound(id);
        }
        return p;
    }

    private Plan contractorsPlan(Caller caller, long id) {
        if (!providerSide(caller)) {
            throw DomainException.forbidden("renovation.contractorOnly");
        }
        return visible(caller, id);
    }

    private Plan townshipsPlan(Caller caller, long id) {
        if (Access.countyWide(caller) || !caller.has(Role.TOWNSHIP_STAFF)) {
            throw DomainException.forbidden("renovation.townshipOnly");
        }
        return visible(caller, id);
    }

    private Optional<Provider> ownProvider(Caller caller) {
        return caller.provider().flatMap(providers::findByCode);
    }

    private static boolean township(Caller c) {
        return !Access.countyWide(c) && c.hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT);
    }

    private static boolean providerSide(Caller c) {
        return !Access.countyWide(c) && !township(c) && c.hasAny(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
    }

    private static String ownTownship(Caller c) {
        return c.township().orElseThrow(() -> DomainException.forbidden("access.noTownship"));
    }

    private static boolean inReach(Caller c, String townshipCode) {
        return Access.countyWide(c) || c.township().map(t -> t.equals(townshipCode)).orElse(false);
    }

    private static DomainException notFound(long id) {
        return DomainException.notFound("renovation.notFound", String.valueOf(id));
    }

    private void record(Plan plan, Caller caller, String action, PlanStatus from, String note) {
        plans.record(new PlanEvent(plan, clock.instant(), caller.username(), Inputs.primaryRole(caller), action, from,
                plan.status(), note == null || note.isBlank() ? null : note));
    }

}
