package org.yiyang.visits.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.Reminder;
import org.yiyang.visits.domain.ReminderStore;
import org.yiyang.visits.domain.UnsentText;
import org.yiyang.visits.domain.VisitPolicy;

/**
 * The reminders in {@code visits_reminder}: a handful of {@code INSERT IGNORE … SELECT} statements over all
 * enrolments of the county, never one query per elder; the unique reminder key makes a rerun add only what is
 * missing.
 */
@ApplicationScoped
public class JpaReminderStore implements ReminderStore {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ChinaTime.ZONE);

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public List<String> activeCounties() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT DISTINCT county_code FROM visits_enrolment WHERE active "
                + "ORDER BY county_code").getResultList();
        return codes;
    }

    @Override
    public int createDue(VisitPolicy policy, Instant now) {
        LocalDate today = ChinaTime.dayOf(now);
        String due = DueDateSql.of(policy);
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT e.county_code, CONCAT('DUE:', e.id, ':', " + due + "), "
                        + "'DUE', e.id, " + due + ", e.visitor_username, ?2 FROM visits_enrolment e "
                        + "WHERE e.county_code = ?1 AND e.active AND " + due + " BETWEEN ?3 AND ?4")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).setParameter(3, today)
                .setParameter(4, today.plusDays(1)).executeUpdate();
    }

    @Override
    public int createOverdue(VisitPolicy policy, Instant now) {
        LocalDate today = ChinaTime.dayOf(now);
        String due = DueDateSql.of(policy);
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT e.county_code, CONCAT('OVERDUE:', e.id, ':', " + due + "), "
                        + "'OVERDUE', e.id, " + due + ", e.visitor_username, ?2 FROM visits_enrolment e "
                        + "WHERE e.county_code = ?1 AND e.active AND " + due + " < ?3")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).setParameter(3, today)
                .executeUpdate();
    }

    @Override
    public int createEscalations(VisitPolicy policy, Instant now) {
        LocalDate today = ChinaTime.dayOf(now);
        String due = DueDateSql.of(policy);
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT e.county_code, CONCAT('ESCALATION:', e.id, ':', " + due
                        + "), 'ESCALATION', e.id, " + due + ", CONCAT('township:', e.township_code), ?2 "
                        + "FROM visits_enrolment e WHERE e.county_code = ?1 AND e.active AND "
                        + "DATE_ADD(" + due + ", INTERVAL ?4 DAY) < ?3")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).setParameter(3, today)
                .setParameter(4, policy.escalationDays()).executeUpdate();
    }

    @Override
    public int createWeather(Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT t.county_code, CONCAT('WEATHER:', t.alert_id, ':', "
                        + "t.enrolment_id, ':', ?3), 'WEATHER', t.enrolment_id, DATE(CONVERT_TZ(t.due_at, '+00:00', '+08:00')), "
                        + "e.visitor_username, ?2 FROM visits_alert_task t JOIN visits_enrolment e ON e.id = t.enrolment_id "
                        + "JOIN visits_alert a ON a.id = t.alert_id WHERE t.county_code = ?1 AND t.visit_id IS NULL "
                        + "AND e.active AND a.starts_at <= ?2 AND a.ends_at > ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).setParameter(3, HOUR.format(now))
                .executeUpdate();
    }

    @Override
    public int createNoShow(String county, long elderId, LocalDate lastMealDay, Instant at) {
        String absence = lastMealDay == null ? "none" : lastMealDay.toString();
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT e.county_code, CONCAT('NO_SHOW:', e.id, ':', ?3), "
                        + "'NO_SHOW', e.id, ?4, e.visitor_username, ?5 FROM visits_enrolment e "
                        + "WHERE e.county_code = ?1 AND e.elder_id = ?2 AND e.active")
                .setParameter(1, county).setParameter(2, elderId).setParameter(3, absence)
                .setParameter(4, ChinaTime.dayOf(at)).setParameter(5, at).executeUpdate();
    }

    @Override
    public List<Reminder> inbox(String county, String recipient, String group, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.kind, r.enrolment_id, e.elder_id, r.due_on, "
                        + "r.created_at, r.read_at IS NOT NULL FROM visits_reminder r "
                        + "JOIN visits_enrolment e ON e.id = r.enrolment_id WHERE r.county_code = ?1 "
                        + "AND r.recipient IN (?2, ?3) ORDER BY r.read_at IS NOT NULL, r.created_at DESC, r.id DESC "
                        + "LIMIT " + max)
                .setParameter(1, county).setParameter(2, recipient).setParameter(3, group).getResultList();
        return rows.stream().map(r -> new Reminder(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), toDate(r[4]), toInstant(r[5]),
                ((Number) r[6]).intValue() == 1)).toList();
    }

    @Override
    public boolean markRead(String county, long id, String recipient, String group, Instant at) {
        return em.createNativeQuery("UPDATE visits_reminder SET read_at = COALESCE(read_at, ?4) WHERE county_code = ?1 "
                        + "AND id = ?2 AND recipient IN (?3, ?5)").setParameter(1, county).setParameter(2, id)
                .setParameter(3, recipient).setParameter(4, at).setParameter(5, group)
                .executeUpdate() > 0;
    }

    @Override
    public List<UnsentText> unsent(Instant claimedBefore, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.kind, r.due_on, e.visitor_phone, r.reminder_key "
                        + "FROM visits_reminder r JOIN visits_enrolment e ON e.id = r.enrolment_id WHERE r.county_code = ?1 "
                        + "AND r.sms_sent_at IS NULL AND (r.sms_claimed_at IS NULL OR r.sms_claimed_at < ?2) "
                        + "ORDER BY r.id LIMIT " + max)
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, claimedBefore)
                .getResultList();
        return rows.stream().map(r -> new UnsentText(((Number) r[0]).longValue(), (String) r[1], toDate(r[2]),
                (String) r[3], (String) r[4])).toList();
    }

    @Override
    public boolean claim(long reminderId, byte[] claim, Instant now, Instant claimedBefore) {
        return em.createNativeQuery("UPDATE visits_reminder SET sms_claimed_at = ?3, sms_claim = ?4 WHERE id = ?1 "
                        + "AND county_code = ?2 AND sms_sent_at IS NULL AND (sms_claimed_at IS NULL OR sms_claimed_at < ?5)")
                .setParameter(1, reminderId).setParameter(2, TenantScope.requireCounty()).setParameter(3, now)
                .setParameter(4, claim).setParameter(5, claimedBefore).executeUpdate() == 1;
    }

    @Override
    public void markSent(long reminderId, byte[] claim, Instant now, String messageId) {
        String county = TenantScope.requireCounty();
        em.createNativeQuery("UPDATE visits_reminder SET sms_sent_at = ?3 WHERE id = ?1 AND county_code = ?2 "
                        + "AND sms_claim = ?4 AND sms_sent_at IS NULL")
                .setParameter(1, reminderId).setParameter(2, county).setParameter(3, now).setParameter(4, claim)
                .executeUpdate();
        if (messageId != null) {
            em.createNativeQuery("INSERT INTO visits_sms_sent (id, county_code, reminder_id, message_id, sent_at) "
                            + "VALUES (NEXT VALUE FOR visits_sms_sent_seq, ?1, ?2, ?3, ?4)")
                    .setParameter(1, county).setParameter(2, reminderId).setParameter(3, messageId).setParameter(4, now)
                    .executeUpdate();
        }
    }

    @Override
    public void release(long reminderId, byte[] claim) {
        em.createNativeQuery("UPDATE visits_reminder SET sms_claimed_at = NULL, sms_claim = NULL WHERE id = ?1 "
                        + "AND county_code = ?2 AND sms_claim = ?3")
                .setParameter(1, reminderId).setParameter(2, TenantScope.requireCounty()).setParameter(3, claim)
                .executeUpdate();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant toInstant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return (Instant) o;
    }
}
