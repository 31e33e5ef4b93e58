package org.yiyang.shared.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.policy.PolicyHistory;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKeys;
import org.yiyang.shared.domain.policy.PolicySetting;
import org.yiyang.shared.domain.policy.PolicyValue;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * The current county's policy settings: what is in force (for every rule of every service), the history,
 * and changes by county administrators, each a new audited version.
 */
@Stateless
public class CountyPolicies {

    public static final int MAX_REASON = 200;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<PolicyCatalog> catalogs;

    /** The value in force today in the current county. */
    public <T> PolicyValue<T> current(PolicyKey<T> key) {
        return history(key).on(ChinaTime.today(clock));
    }

    public <T> PolicyValue<T> asOf(PolicyKey<T> key, LocalDate day) {
        return history(key).on(day);
    }

    /** The version a decision recorded. */
    public <T> PolicyValue<T> version(PolicyKey<T> key, int version) {
        return history(key).version(version)
                .orElseThrow(() -> DomainException.notFound("policy.version.notFound", key.key(), version));
    }

    /** Every setting with the value in force today (officials of the county). */
    public List<PolicySettingView> overview() {
        requireCountyUser();
        LocalDate today = ChinaTime.today(clock);
        List<PolicySettingView> views = new ArrayList<>();
        for (PolicyKey<?> key : keys().all()) {
            views.add(view(history(key), today));
        }
        return views;
    }

    /** All versions of one setting, newest first, after the national default. */
    public List<PolicySettingView> history(String key) {
        requireCountyUser();
        PolicyKey<?> k = known(key);
        List<PolicySettingView> views = new ArrayList<>();
        for (PolicySetting s : settings(k)) {
            views.add(version(k, s));
        }
        views.sort(Comparator.comparingInt(PolicySettingView::version).reversed());
        views.add(nationalDefault(k));
        return views;
    }

    public PolicySettingView change(ChangePolicy command) {
        Caller caller = Access.requireCountyRole("policy.adminOnly", Role.COUNTY_ADMIN);
        PolicyKey<?> key = known(command.key());
        String value = normalised(key, command.value());
        if (!PolicySetting.mayTakeEffectOn(command.effectiveFrom(), clock.instant())) {
            throw DomainException.invalid("effectiveFrom", "policy.effectiveFrom.past");
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw DomainException.invalid("reason", "policy.reason.required", MAX_REASON);
        }
        PolicyHistory<?> history = history(key);
        String before = history.on(command.effectiveFrom()).formatted();
        PolicySetting setting = new PolicySetting(key.key(), history.nextVersion(), value, command.effectiveFrom(),
                reason, caller.username(), clock.instant());
        em.persist(setting);
        try {
            em.flush();
        } catch (PersistenceException concurrentChange) {
            throw DomainException.conflict("policy.concurrentChange");
        }
        audit.record("POLICY_CHANGED", "policy", key.key(), "v" + setting.version() + ": " + before + " -> " + value
                + " from " + command.effectiveFrom() + " (" + reason + ")");
        return version(key, setting);
    }

    private static <T> String normalised(PolicyKey<T> key, String raw) {
        return key.type().format(key.type().parse(raw));
    }

    private <T> PolicyHistory<T> history(PolicyKey<T> key) {
        TenantScope.requireCounty();
        return new PolicyHistory<>(key, settings(key));
    }

    private List<PolicySetting> settings(PolicyKey<?> key) {
        return em.createQuery("select s from PolicySetting s where s.key = :k order by s.inForce.version", PolicySetting.class)
                .setParameter("k", key.key()).getResultList();
    }

    /** The keys of every context's catalog. */
    private PolicyKeys keys() {
        return PolicyKeys.of(catalogs);
    }

    private PolicyKey<?> known(String key) {
        return keys().byKey(key).orElseThrow(() -> DomainException.notFound("policy.unknown", String.valueOf(key)));
    }

    private static void requireCountyUser() {
        Access.requireCountyRole(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF);
    }

    private static <T> PolicySettingView view(PolicyHistory<T> h, LocalDate day) {
        PolicyValue<T> v = h.on(day);
        if (v.isNationalDefault()) {
            return nationalDefault(h.key());
        }
        PolicySetting s = h.versions().stream().filter(x -> x.version() == v.version()).findFirst().orElseThrow();
        return version(h.key(), s);
    }

    private static <T> PolicySettingView version(PolicyKey<T> k, PolicySetting s) {
        return new PolicySettingView(k.key(), k.type().name(), k.unit(), s.value(), s.version(), s.effectiveFrom(),
                false, k.type().format(k.nationalDefault()), s.reason(), s.createdBy(), s.createdAt());
    }

    private static <T> PolicySettingView nationalDefault(PolicyKey<T> k) {
        String d = k.type().format(k.nationalDefault());
        return new PolicySettingView(k.key(), k.type().name(), k.unit(), d, 0, null, true, d, null, null, null);
    }
}
