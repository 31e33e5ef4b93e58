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

    static final ZoneId ZONE = ChinaTime.ZONE;
    static final int SMS_BATCH = 500;
    /** A claim on a reminder's text older than this belongs to a sender that died. */
    static final java.time.Duration SMS_CLAIM_EXPIRY = java.time.Duration.ofMinutes(10);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
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
     * Texts the visitors of the reminders not yet texted (escalations go to the township's inbox only), each
     * exactly once, also when the job and a request, or two nodes, send at the same time: a reminder is first
     * claimed (a conditional update in its own transaction), then sent, then marked sent (its own transaction
     * again). A failed send gives the claim back, so the next run retries that one and no other. A claim older
     * than {@link #SMS_CLAIM_EXPIRY} belongs to a sender that died and is taken over; the gateway gets the
     * reminder's key as message id, so a provider that deduplicates by id drops that one resend.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendSms(Instant now) {
        return sendSms(now, SMS_BATCH);
    }

    /** As {@link #sendSms(Instant)}, at most {@code max} messages (a run that stops halfway, in tests). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendSms(Instant now, int max) {
        VisitReminders self = context.getBusinessObject(VisitReminders.class);
        int sent = 0;
        for (Object[] r : self.unsent(now, Math.min(max, SMS_BATCH))) {
            long id = ((Number) r[0]).longValue();
            String kind = (String) r[1];
            String phone = (String) r[3];
            byte[] claim = new byte[16];
            RANDOM.nextBytes(claim);
            if (!self.claimSms(id, claim, now)) {
                continue;   // another sender has it
            }
            boolean text = !"ESCALATION".equals(kind) && phone != null && !phone.isBlank();
            if (text) {
                try {
                    sms.send((String) r[4], phone, text(kind, String.valueOf(r[2])));
                } catch (RuntimeException e) {
                    LOG.warnf("SMS for reminder %s not sent, retried at the next run: %s", id, e.getMessage());
                    self.releaseSms(id, claim);
                    continue;
                }
                sent++;
            }
            self.markSmsSent(id, claim, now, text ? (String) r[4] : null);
        }
        return sent;
    }

    /** The county's reminders not yet texted and not claimed by a live sender, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Object[]> unsent(Instant now, int max) {
        return em.createNativeQuery("SELECT r.id, r.kind, r.due_on, e.visitor_phone, r.reminder_key "
                        + "FROM visits_reminder r JOIN visits_enrolment e ON e.id = r.enrolment_id WHERE r.county_code = ?1 "
                        + "AND r.sms_sent_at IS NULL AND (r.sms_claimed_at IS NULL OR r.sms_claimed_at < ?2) "
                        + "ORDER BY r.id LIMIT " + max)
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now.minus(SMS_CLAIM_EXPIRY))
                .getResultList();
    }

    /** Claims a reminder's text for this sender; false when it is sent or claimed by a live sender already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimSms(long reminder, byte[] claim, Instant now) {
        return em.createNativeQuery("UPDATE visits_reminder SET sms_claimed_at = ?3, sms_claim = ?4 WHERE id = ?1 "
                        + "AND county_code = ?2 AND sms_sent_at IS NULL AND (sms_claimed_at IS NULL OR sms_claimed_at < ?5)")
                .setParameter(1, reminder).setParameter(2, TenantScope.requireCounty()).setParameter(3, now)
                .setParameter(4, claim).setParameter(5, now.minus(SMS_CLAIM_EXPIRY)).executeUpdate() == 1;
    }

    /** Marks a claimed reminder texted and logs the message handed to the gateway (none for an escalation). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSmsSent(long reminder, byte[] claim, Instant now, String messageId) {
        String county = TenantScope.requireCounty();
        em.createNativeQuery("UPDATE visits_reminder SET sms_sent_at = ?3 WHERE id = ?1 AND county_code = ?2 "
                        + "AND sms_claim = ?4 AND sms_sent_at IS NULL")
                .setParameter(1, reminder).setParameter(2, county).setParameter(3, now).setParameter(4, claim)
                .executeUpdate();
        if (messageId != null) {
            em.createNativeQuery("INSERT INTO visits_sms_sent (id, county_code, reminder_id, message_id, sent_at) "
                            + "VALUES (NEXT VALUE FOR visits_sms_sent_seq, ?1, ?2, ?3, ?4)")
                    .setParameter(1, county).setParameter(2, reminder).setParameter(3, messageId).setParameter(4, now)
                    .executeUpdate();
        }
    }

    /** Gives a claim back after a failed send. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseSms(long reminder, byte[] claim) {
        em.createNativeQuery("UPDATE visits_reminder SET sms_claimed_at = NULL, sms_claim = NULL WHERE id = ?1 "
                        + "AND county_code = ?2 AND sms_claim = ?3")
                .setParameter(1, reminder).setParameter(2, TenantScope.requireCounty()).setParameter(3, claim)
                .executeUpdate();
    }

    private static String text(String kind, String dueOn) {
        return switch (kind) {
            case "DUE" -> "【颐养】您负责的一位老人应于 " + dueOn + " 前探访，请登录平台查看。";
            case "OVERDUE" -> "【颐养】您负责的一位老人探访已逾期（应于 " + dueOn + " 前），请尽快探访。";
            default -> "【颐养】极端天气预警：请尽快探访您负责的重点老人，并在平台登记。";
        };
    }
}
