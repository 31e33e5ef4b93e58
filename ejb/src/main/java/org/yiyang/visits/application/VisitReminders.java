package org.yiyang.visits.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.logging.Logger;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.VisitPolicy;

/**
 * The reminders of one county at a moment, made set-based: a handful of {@code INSERT IGNORE … SELECT}
 * statements over all enrolments, never one trigger or one query per elder. Each reminder has a key naming
 * what it is about (kind, enrolment, due date or alert and hour), unique per county, so a rerun — or a run
 * after a crash in the middle — creates exactly the reminders still missing. Each step commits on its own.
 * <ul>
 *   <li>DUE: the visit is due tomorrow or today (to the visitor);</li>
 *   <li>OVERDUE: the due date has passed (to the visitor), once per due date;</li>
 *   <li>ESCALATION: overdue more than the county's escalation days (to the township's staff);</li>
 *   <li>WEATHER: an open must-visit task of an extreme-weather alert (to the visitor), every hour until done.</li>
 * </ul>
 */
@Stateless
public class VisitReminders {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int SMS_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(VisitReminders.class);

    /** What one run created. */
    public record Run(int due, int overdue, int escalations, int weather, int sms) {
    }

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    VisitPolicies policies;

    @Inject
    SmsGateway sms;

    /** The counties with anyone enrolled (a platform-level question: codes only, no personal data). */
    public List<String> activeCounties() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT DISTINCT county_code FROM visits_enrolment WHERE active "
                + "ORDER BY county_code").getResultList();
        return codes;
    }

    /** The due date of each active enrolment, in SQL, with the county's frequencies in force. */
    static String dueSql(VisitPolicy p) {
        return "DATE_ADD(GREATEST(e.enrolled_on, COALESCE(e.last_visited_on, e.enrolled_on)), INTERVAL CASE e.tier "
                + "WHEN 'RED' THEN " + p.redDays() + " WHEN 'YELLOW' THEN " + p.yellowDays() + " ELSE " + p.blueDays()
                + " END DAY)";
    }

    /** Every step for the current county, each in its own transaction (called through the container). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run run(Instant now) {
        VisitReminders self = context.getBusinessObject(VisitReminders.class);
        return new Run(self.createDue(now), self.createOverdue(now), self.createEscalations(now),
                self.createWeather(now), self.sendSms(now));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createDue(Instant now) {
        LocalDate today = ChinaTime.dayOf(now);
        String due = dueSql(policies.current());
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT e.county_code, CONCAT('DUE:', e.id, ':', " + due + "), "
                        + "'DUE', e.id, " + due + ", e.visitor_username, ?2 FROM visits_enrolment e "
                        + "WHERE e.county_code = ?1 AND e.active AND " + due + " BETWEEN ?3 AND ?4")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).setParameter(3, today)
                .setParameter(4, today.plusDays(1)).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createOverdue(Instant now) {
        LocalDate today = ChinaTime.dayOf(now);
        String due = dueSql(policies.current());
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT e.county_code, CONCAT('OVERDUE:', e.id, ':', " + due + "), "
                        + "'OVERDUE', e.id, " + due + ", e.visitor_username, ?2 FROM visits_enrolment e "
                        + "WHERE e.county_code = ?1 AND e.active AND " + due + " < ?3")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).setParameter(3, today)
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createEscalations(Instant now) {
        LocalDate today = ChinaTime.dayOf(now);
        VisitPolicy p = policies.current();
        String due = dueSql(p);
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT e.county_code, CONCAT('ESCALATION:', e.id, ':', " + due
                        + "), 'ESCALATION', e.id, " + due + ", CONCAT('township:', e.township_code), ?2 "
                        + "FROM visits_enrolment e WHERE e.county_code = ?1 AND e.active AND "
                        + "DATE_ADD(" + due + ", INTERVAL ?4 DAY) < ?3")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).setParameter(3, today)
                .setParameter(4, p.escalationDays()).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createWeather(Instant now) {
        String hour = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZONE).format(now);
        return em.createNativeQuery("INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, "
                        + "due_on, recipient, created_at) SELECT t.county_code, CONCAT('WEATHER:', t.alert_id, ':', "
                        + "t.enrolment_id, ':', ?3), 'WEATHER', t.enrolment_id, DATE(CONVERT_TZ(t.due_at, '+00:00', '+08:00')), "
                        + "e.visitor_username, ?2 FROM visits_alert_task t JOIN visits_enrolment e ON e.id = t.enrolment_id "
                        + "JOIN visits_alert a ON a.id = t.alert_id WHERE t.county_code = ?1 AND t.visit_id IS NULL "
                        + "AND e.active AND a.starts_at <= ?2 AND a.ends_at > ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).setParameter(3, hour)
                .executeUpdate();
    }

    /**
     * Texts the visitors of the reminders not yet texted (escalations go to the township's inbox only). A row is
     * marked sent right after its message; a crash between the two sends that one message again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendSms(Instant now) {
        String county = TenantScope.requireCounty();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.kind, r.due_on, e.visitor_phone FROM visits_reminder r "
                        + "JOIN visits_enrolment e ON e.id = r.enrolment_id WHERE r.county_code = ?1 "
                        + "AND r.sms_sent_at IS NULL ORDER BY r.id LIMIT " + SMS_BATCH)
                .setParameter(1, county).getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            String kind = (String) r[1];
            String phone = (String) r[3];
            if (!"ESCALATION".equals(kind) && phone != null && !phone.isBlank()) {
                try {
                    sms.send(phone, text(kind, String.valueOf(r[2])));
                    sent++;
                } catch (RuntimeException e) {
                    LOG.warnf("SMS for reminder %s not sent: %s", r[0], e.getMessage());
                    continue;
                }
            }
            em.createNativeQuery("UPDATE visits_reminder SET sms_sent_at = ?2 WHERE id = ?1 AND sms_sent_at IS NULL")
                    .setParameter(1, r[0]).setParameter(2, now).executeUpdate();
        }
        return sent;
    }

    private static String text(String kind, String dueOn) {
        return switch (kind) {
            case "DUE" -> "【颐养】您负责的一位老人应于 " + dueOn + " 前探访，请登录平台查看。";
            case "OVERDUE" -> "【颐养】您负责的一位老人探访已逾期（应于 " + dueOn + " 前），请尽快探访。";
            default -> "【颐养】极端天气预警：请尽快探访您负责的重点老人，并在平台登记。";
        };
    }
}
