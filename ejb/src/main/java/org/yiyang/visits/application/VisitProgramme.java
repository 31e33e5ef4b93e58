package org.yiyang.visits.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderCategory;
import org.yiyang.elders.domain.ElderProfile;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderStatus;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.UserDirectory;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.visits.domain.Alert;
import org.yiyang.visits.domain.AlertKind;
import org.yiyang.visits.domain.Enrolment;
import org.yiyang.visits.domain.RiskTier;
import org.yiyang.visits.domain.Visit;
import org.yiyang.visits.domain.VisitKind;
import org.yiyang.visits.domain.VisitPolicy;

/**
 * The visit programme of the county: enrolment of special-hardship elders with a risk tier, the responsible
 * visitor and a caregiver; visit records; the visitor's task list, the township's overdue board and the
 * inboxes of reminders; extreme-weather alerts and their progress.
 */
@Stateless
public class VisitProgramme {

    static final int MAX_CHECK = 300;
    /** How far ahead the visitor's list looks. */
    static final int TASK_HORIZON_DAYS = 7;
    static final int LIST_LIMIT = 200;

    static final Role[] ENROL = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    org.yiyang.shared.application.UserDirectory users;

    @Inject
    ElderRepository elders;

    @Inject
    VisitPolicies policies;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    // ---- enrolment ---------------------------------------------------------------------------------------

    public EnrolmentView enrol(EnrolInput in) {
        Caller caller = Access.requireCountyRole(ENROL);
        if (in == null || in.elderId() == null) {
            throw DomainException.invalid("elderId", "visit.elder.required");
        }
        Elder elder = elders.find(in.elderId()).filter(e -> inReach(caller, e.townshipCode()))
                .orElseThrow(() -> DomainException.invalid("elderId", "elder.notFound", String.valueOf(in.elderId())));
        LocalDate today = ChinaTime.today(clock);
        if (elder.status() != ElderStatus.ACTIVE || !elder.categoriesOn(today).contains(ElderCategory.SPECIAL_HARDSHIP)) {
            throw DomainException.invalid("elderId", "visit.elder.notEligible");
        }
        if (findByElder(elder.id()).isPresent()) {
            throw DomainException.conflict("visit.enrolled.already");
        }
        boolean elsewhere = Boolean.TRUE.equals(in.livesElsewhere());
        RiskTier suggested = suggest(elder, today, elsewhere);
        Enrolment e = new Enrolment(elder.id(), elder.townshipCode(), suggested, elsewhere, today, caller.username(),
                clock.instant());
        RiskTier chosen = Inputs.parse(RiskTier.class, in.tier(), "tier");
        if (chosen != null) {
            e.setTier(chosen, Inputs.text(in.tierReason(), 200, "tierReason"), caller.username(), clock.instant());
        }
        visitor(e, in, caller);
        e.careAgreement(Inputs.text(in.caregiverName(), 40, "caregiverName"), Inputs.phone(in.caregiverPhone(), "caregiverPhone"),
                Inputs.text(in.careDuties(), 500, "careDuties"), day(in.careFrom(), "careFrom"), day(in.careTo(), "careTo"),
                caller.username(), clock.instant());
        em.persist(e);
        return view(e, policies.current(), today, new Names());
    }

    /** Who may be an elder's visitor: grid workers and township staff of the elder's township, or a volunteer. */
    static final Set<String> VISITOR_ROLES = Set.of("village-assistant", "township-staff", "volunteer");

    /**
     * The visitor must be an enabled account of the caller's county with a visiting role; grid workers and township
     * staff must belong to the elder's township. Anything else is refused with a clear message and changes nothing.
     */
    private void requireVisitor(String username, String elderTownship, Caller caller) {
        String county = caller.county().orElseThrow();
        UserDirectory.Account a = users.find(username).filter(UserDirectory.Account::enabled)
                .filter(u -> u.county().filter(county::equals).isPresent())
                .orElseThrow(() -> DomainException.invalid("visitorUsername", "visit.visitor.unknown", username));
        if (a.roles().stream().noneMatch(VISITOR_ROLES::contains)) {
            throw DomainException.invalid("visitorUsername", "visit.visitor.role", username);
        }
        boolean local = a.roles().contains("village-assistant") || a.roles().contains("township-staff");
        if (local && !a.roles().contains("volunteer") && a.township().filter(elderTownship::equals).isEmpty()) {
            throw DomainException.invalid("visitorUsername", "visit.visitor.otherTownship", username);
        }
    }

    private void visitor(Enrolment e, EnrolInput in, Caller caller) {
        String username = Inputs.text(in.visitorUsername(), 100, "visitorUsername");
        String name = Inputs.text(in.visitorName(), 40, "visitorName");
        if (username == null || name == null) {
            throw DomainException.invalid("visitorUsername", "visit.visitor.required");
        }
        requireVisitor(username, e.townshipCode(), caller);
        e.assignVisitor(username, name, Inputs.phone(in.visitorPhone(), "visitorPhone"), caller.username(), clock.instant());
    }

    /** The tier the rules suggest from the elder's attributes. */
    static RiskTier suggest(Elder elder, LocalDate today, boolean livesElsewhere) {
        ElderProfile p = elder.profile();
        return RiskTier.suggest(p.selfCare(), p.disabilityGrade(), p.disabilityType(), elder.ageOn(today),
                p.livingArrangement(), livesElsewhere);
    }

    /** Sets the tier: the suggested one, or another with a reason. */
    public EnrolmentView changeTier(long id, String tier, String reason) {
        Caller caller = Access.requireCountyRole(ENROL);
        Enrolment e = visible(caller, id);
        RiskTier t = Inputs.parse(RiskTier.class, tier, "tier");
        if (t == null) {
            throw DomainException.invalid("tier", "visit.tier.required");
        }
        e.setTier(t, Inputs.text(reason, 200, "tierReason"), caller.username(), clock.instant());
        return view(e);
    }

    public EnrolmentView enrolment(long id) {
        return view(visible(TenantScope.requireCaller(), id));
    }

    public Optional<EnrolmentView> enrolmentOfElder(long elderId) {
        Caller caller = TenantScope.requireCaller();
        return findByElder(elderId).filter(e -> maySee(caller, e)).map(this::view);
    }

    // ---- visits ------------------------------------------------------------------------------------------

    /** Records a visit (the visitor, or the township's or bureau's staff); closes open weather tasks. */
    public VisitView recordVisit(long enrolmentId, VisitInput in) {
        Caller caller = TenantScope.requireCaller();
        Enrolment e = visible(caller, enrolmentId);
        boolean mine = caller.username().equals(e.visitorUsername());
        if (!mine && !caller.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF)) {
            throw DomainException.forbidden("visit.visitorOnly");
        }
        if (in == null) {
            throw DomainException.invalid("kind", "visit.kind.required");
        }
        Instant now = clock.instant();
        Instant at = in.visitedAt() == null ? now : in.visitedAt();
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw DomainException.invalid("visitedAt", "visit.time.future");
        }
        if (at.isBefore(now.minus(Duration.ofDays(30)))) {
            throw DomainException.invalid("visitedAt", "visit.time.tooOld");
        }
        VisitKind kind = Inputs.parse(VisitKind.class, in.kind(), "kind");
        if (kind == null) {
            throw DomainException.invalid("kind", "visit.kind.required");
        }
        Visit v = new Visit(e.id(), e.elderId(), at, caller.username(), kind,
                Inputs.text(in.health(), MAX_CHECK, "health"), Inputs.text(in.living(), MAX_CHECK, "living"),
                Inputs.text(in.safety(), MAX_CHECK, "safety"), Inputs.text(in.caregiver(), MAX_CHECK, "caregiver"),
                Inputs.text(in.needs(), MAX_CHECK, "needs"), Inputs.text(in.notes(), 500, "notes"), now);
        em.persist(v);
        em.flush();
        e.visited(ChinaTime.dayOf(at), caller.username(), now);
        // a home visit after an alert was declared fulfils its must-visit task
        em.createNativeQuery("UPDATE visits_alert_task t JOIN visits_alert a ON a.id = t.alert_id "
                        + "SET t.visit_id = ?3, t.visited_at = ?4 WHERE t.county_code = ?1 AND t.enrolment_id = ?2 "
                        + "AND t.visit_id IS NULL AND a.declared_at <= ?4 AND ?5 = 'HOME'")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, e.id()).setParameter(3, v.id())
                .setParameter(4, at).setParameter(5, kind.name()).executeUpdate();
        return view(v);
    }

    public List<VisitView> visits(long enrolmentId) {
        Enrolment e = visible(TenantScope.requireCaller(), enrolmentId);
        return em.createQuery("select v from Visit v where v.enrolmentId = :e order by v.visitedAt desc", Visit.class)
                .setParameter("e", e.id()).setMaxResults(LIST_LIMIT).getResultList().stream().map(VisitProgramme::view)
                .toList();
    }

    // ---- lists -------------------------------------------------------------------------------------------

    /**
     * The calling visitor's elders due within a week, overdue, or with an open weather task — most urgent first
     * (weather tasks, then by due date).
     */
    public List<EnrolmentView> myTasks() {
        Caller caller = TenantScope.requireCaller();
        if (caller.county().isEmpty()) {
            throw DomainException.forbidden("access.forbidden");
        }
        VisitPolicy p = policies.current();
        LocalDate today = ChinaTime.today(clock);
        List<Enrolment> mine = em.createQuery("select e from Enrolment e where e.visitorUsername = :u and e.active = true",
                Enrolment.class).setParameter("u", caller.username()).setMaxResults(2000).getResultList();
        Set<Long> weather = openWeatherTasks();
        Names names = new Names();
        return mine.stream()
                .filter(e -> weather.contains(e.id())
                        || !p.dueOn(e.tier(), e.enrolledOn(), e.lastVisitedOn()).isAfter(today.plusDays(TASK_HORIZON_DAYS)))
                .map(e -> view(e, p, today, names, weather))
                .sorted((a, b) -> a.weatherTask() != b.weatherTask() ? (a.weatherTask() ? -1 : 1)
                        : a.dueOn().compareTo(b.dueOn()))
                .toList();
    }

    /** Overdue elders of the township (county-wide for the bureau), longest overdue first. */
    public List<EnrolmentView> overdue() {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT);
        VisitPolicy p = policies.current();
        LocalDate today = ChinaTime.today(clock);
        String due = VisitReminders.dueSql(p);
        String township = Access.countyWide(caller) ? "" : " AND e.township_code = ?3";
        var q = em.createNativeQuery("SELECT e.id FROM visits_enrolment e WHERE e.county_code = ?1 AND e.active AND "
                + due + " < ?2" + township + " ORDER BY " + due + ", e.id LIMIT " + LIST_LIMIT)
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, today);
        if (!Access.countyWide(caller)) {
            q.setParameter(3, ownTownship(caller));
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = q.getResultList();
        Set<Long> weather = openWeatherTasks();
        Names names = new Names();
        return enrolments(ids).stream().map(e -> view(e, p, today, names, weather)).toList();
    }

    /** The caller's inbox: their own reminders and, for township staff, the township's escalations. */
    public List<ReminderView> inbox() {
        Caller caller = TenantScope.requireCaller();
        String county = caller.county().orElseThrow(() -> DomainException.forbidden("access.forbidden"));
        String group = caller.has(Role.TOWNSHIP_STAFF) ? caller.township().map(t -> "township:" + t).orElse("-") : "-";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.kind, r.enrolment_id, el.name, r.due_on, r.created_at, "
                        + "r.read_at IS NOT NULL FROM visits_reminder r JOIN visits_enrolment e ON e.id = r.enrolment_id "
                        + "JOIN elders_elder el ON el.id = e.elder_id WHERE r.county_code = ?1 AND r.recipient IN (?2, ?3) "
                        + "ORDER BY r.read_at IS NOT NULL, r.created_at DESC, r.id DESC LIMIT " + LIST_LIMIT)
                .setParameter(1, county).setParameter(2, caller.username()).setParameter(3, group).getResultList();
        return rows.stream().map(r -> new ReminderView(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), (String) r[3], toDate(r[4]), toInstant(r[5]),
                ((Number) r[6]).intValue() == 1)).toList();
    }

    public void markRead(long reminderId) {
        Caller caller = TenantScope.requireCaller();
        String county = caller.county().orElseThrow(() -> DomainException.forbidden("access.forbidden"));
        String group = caller.has(Role.TOWNSHIP_STAFF) ? caller.township().map(t -> "township:" + t).orElse("-") : "-";
        int n = em.createNativeQuery("UPDATE visits_reminder SET read_at = COALESCE(read_at, ?4) WHERE county_code = ?1 "
                        + "AND id = ?2 AND recipient IN (?3, ?5)").setParameter(1, county).setParameter(2, reminderId)
                .setParameter(3, caller.username()).setParameter(4, clock.instant()).setParameter(5, group)
                .executeUpdate();
        if (n == 0) {
            throw DomainException.notFound("visit.reminder.notFound", String.valueOf(reminderId));
        }
    }

    // ---- extreme weather ---------------------------------------------------------------------------------

    /**
     * Declares an alert for townships of the county: every active red-tier elder there gets a must-visit task
     * due within the county's window (default 24 hours) from the start. The caller then runs the weather
     * reminders at once.
     */
    public AlertView declareAlert(String kind, List<String> townships, Instant startsAt, Instant endsAt) {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN);
        AlertKind k = Inputs.parse(AlertKind.class, kind, "kind");
        if (k == null) {
            throw DomainException.invalid("kind", "visit.alert.kind");
        }
        if (townships == null || townships.isEmpty()) {
            throw DomainException.invalid("townships", "visit.alert.townships");
        }
        Set<String> own = new HashSet<>();
        places.townships().forEach(t -> own.add(t.code()));
        for (String t : townships) {
            if (!own.contains(t)) {
                throw DomainException.invalid("townships", "visit.alert.township.unknown", String.valueOf(t));
            }
        }
        Instant now = clock.instant();
        Instant start = startsAt == null ? now : startsAt;
        if (endsAt == null || !endsAt.isAfter(start) || endsAt.isBefore(now)) {
            throw DomainException.invalid("endsAt", "visit.alert.times");
        }
        Instant from = start.isBefore(now) ? now : start;
        Instant visitBy = from.plus(Duration.ofHours(policies.extremeWeatherHours()));
        Alert a = new Alert(k.name(), List.copyOf(new java.util.TreeSet<>(townships)), start, endsAt, visitBy,
                caller.username(), now);
        em.persist(a);
        em.flush();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < a.townships().size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 4);
        }
        var q = em.createNativeQuery("INSERT INTO visits_alert_task (county_code, alert_id, enrolment_id, due_at) "
                + "SELECT e.county_code, ?2, e.id, ?3 FROM visits_enrolment e WHERE e.county_code = ?1 AND e.active "
                + "AND e.tier = 'RED' AND e.township_code IN (" + in + ")")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, a.id()).setParameter(3, visitBy);
        for (int i = 0; i < a.townships().size(); i++) {
            q.setParameter(i + 4, a.townships().get(i));
        }
        q.executeUpdate();
        return alertView(a);
    }

    /**
     * The county's latest alerts, newest first; township staff see only the alerts that cover their township, with
     * their township's tasks and progress only.
     */
    public List<AlertView> alerts() {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF);
        Optional<String> township = Access.townshipScope(caller);
        // the townships are stored comma-separated: ",<code>," finds one exactly, in the query, not after a cut-off
        var q = township.isPresent()
                ? em.createQuery("select a from Alert a where concat(',', a.townships, ',') like :t "
                        + "order by a.startsAt desc", Alert.class).setParameter("t", "%," + township.get() + ",%")
                : em.createQuery("select a from Alert a order by a.startsAt desc", Alert.class);
        return q.setMaxResults(50).getResultList().stream().map(a -> alertView(a, township)).toList();
    }

    /** An alert and its must-visit tasks (visited or not), live; another township's alert is not found. */
    public AlertView alert(long id) {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF);
        Optional<String> township = Access.townshipScope(caller);
        return alertView(findAlert(id, township), township);
    }

    private Alert findAlert(long id, Optional<String> township) {
        return Optional.ofNullable(em.find(Alert.class, id))
                .filter(a -> township.map(a.townships()::contains).orElse(true))
                .orElseThrow(() -> DomainException.notFound("visit.alert.notFound", String.valueOf(id)));
    }

    /** The alert's tasks: the elders, whether visited. */
    public List<EnrolmentView> alertTasks(long id, boolean visited) {
        Caller caller = Access.requireCountyRole(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF);
        findAlert(id, Access.townshipScope(caller));
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT t.enrolment_id FROM visits_alert_task t WHERE t.county_code = ?1 "
                        + "AND t.alert_id = ?2 AND (t.visit_id IS NOT NULL) = ?3 ORDER BY t.enrolment_id LIMIT 1000")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, id).setParameter(3, visited).getResultList();
        VisitPolicy p = policies.current();
        LocalDate today = ChinaTime.today(clock);
        Set<Long> weather = openWeatherTasks();
        Names names = new Names();
        return enrolments(ids).stream().filter(e -> maySee(caller, e))
                .map(e -> view(e, p, today, names, weather)).toList();
    }

    private AlertView alertView(Alert a) {
        return alertView(a, Optional.empty());
    }

    /** An alert with its progress: over the whole alert, or over one township's tasks (and only that township). */
    private AlertView alertView(Alert a, Optional<String> township) {
        var q = em.createNativeQuery("SELECT COUNT(*), COUNT(t.visit_id) FROM visits_alert_task t "
                        + "JOIN visits_enrolment e ON e.id = t.enrolment_id AND e.county_code = t.county_code "
                        + "WHERE t.county_code = ?1 AND t.alert_id = ?2" + (township.isPresent() ? " AND e.township_code = ?3" : ""))
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, a.id());
        township.ifPresent(t -> q.setParameter(3, t));
        Object[] counts = (Object[]) q.getSingleResult();
        List<String> townships = township.map(List::of).orElse(a.townships());
        return new AlertView(a.id(), a.kind(), townships, a.startsAt(), a.endsAt(), a.visitBy(), a.declaredBy(),
                ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    // ---- scope and views ---------------------------------------------------------------------------------

    /** The enrolments with these ids in one query, in the order of the ids. */
    private List<Enrolment> enrolments(List<Number> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> wanted = ids.stream().map(Number::longValue).toList();
        Map<Long, Enrolment> byId = new HashMap<>();
        em.createQuery("select e from Enrolment e where e.id in :ids", Enrolment.class).setParameter("ids", wanted)
                .getResultList().forEach(e -> byId.put(e.id(), e));
        return wanted.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private Optional<Enrolment> findByElder(long elderId) {
        return em.createQuery("select e from Enrolment e where e.elderId = :e", Enrolment.class)
                .setParameter("e", elderId).getResultStream().findFirst();
    }

    private Enrolment visible(Caller caller, long id) {
        Enrolment e = em.find(Enrolment.class, id);
        if (e == null || !maySee(caller, e)) {
            throw DomainException.notFound("visit.enrolment.notFound", String.valueOf(id));
        }
        return e;
    }

    private static boolean maySee(Caller c, Enrolment e) {
        if (c.county().isEmpty()) {
            return false;
        }
        if (Access.countyWide(c)) {
            return true;
        }
        if (c.username().equals(e.visitorUsername())) {
            return true;
        }
        return c.hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT)
                && c.township().map(t -> t.equals(e.townshipCode())).orElse(false);
    }

    private Set<Long> openWeatherTasks() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT t.enrolment_id FROM visits_alert_task t JOIN visits_alert a "
                        + "ON a.id = t.alert_id WHERE t.county_code = ?1 AND t.visit_id IS NULL AND a.ends_at > ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, clock.instant()).getResultList();
        Set<Long> s = new HashSet<>();
        ids.forEach(n -> s.add(n.longValue()));
        return s;
    }

    private EnrolmentView view(Enrolment e) {
        return view(e, policies.current(), ChinaTime.today(clock), new Names(), openWeatherTasks());
    }

    private EnrolmentView view(Enrolment e, VisitPolicy p, LocalDate today, Names n) {
        return view(e, p, today, n, openWeatherTasks());
    }

    private EnrolmentView view(Enrolment e, VisitPolicy p, LocalDate today, Names n, Set<Long> weather) {
        Elder elder = n.elder(e.elderId());
        LocalDate due = p.dueOn(e.tier(), e.enrolledOn(), e.lastVisitedOn());
        return new EnrolmentView(e.id(), e.elderId(), elder == null ? "" : elder.name(),
                elder == null ? "" : elder.idNumberMasked(), e.townshipCode(), n.township(e.townshipCode()),
                e.suggestedTier().name(), e.tier().name(), e.tierReason(), e.livesElsewhere(), e.visitorUsername(),
                e.visitorName(), e.visitorPhone(), e.caregiverName(), e.caregiverPhone(), e.careDuties(), e.careFrom(),
                e.careTo(), e.enrolledOn(), e.lastVisitedOn(), due, Math.max(0, ChronoUnit.DAYS.between(due, today)),
                weather.contains(e.id()), e.version());
    }

    private static VisitView view(Visit v) {
        return new VisitView(v.id(), v.enrolmentId(), v.visitedAt(), v.visitor(), v.kind().name(), v.health(),
                v.living(), v.safety(), v.caregiver(), v.needs(), v.notes());
    }

    private final class Names {
        private final Map<Long, Elder> elderCache = new HashMap<>();
        private final Map<String, String> townships = new HashMap<>();

        Elder elder(long id) {
            return elderCache.computeIfAbsent(id, k -> elders.find(k).orElse(null));
        }

        String township(String code) {
            return townships.computeIfAbsent(code, c -> places.township(c).map(Township::name).orElse(c));
        }
    }

    private static boolean inReach(Caller c, String townshipCode) {
        return Access.countyWide(c) || c.township().map(t -> t.equals(townshipCode)).orElse(false);
    }

    private static String ownTownship(Caller c) {
        return c.township().orElseThrow(() -> DomainException.forbidden("access.noTownship"));
    }

    private static LocalDate day(String raw, String field) {
        String s = Inputs.blank(raw);
        try {
            return s == null ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "date.invalid", s);
        }
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant toInstant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) o;
    }
}
