package org.yiyang.visits.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.yiyang.visits.domain.ReminderStore;
import org.yiyang.visits.domain.UnsentText;

/**
 * The reminders of one county at a moment, made set-based: a handful of statements over all enrolments, never one
 * trigger or one query per elder. Each reminder has a key naming what it is about (kind, enrolment, due date or
 * alert and hour), unique per county, so a rerun — or a run after a crash in the middle — creates exactly the
 * reminders still missing. Each step commits on its own.
 * <ul>
 *   <li>DUE: the visit is due tomorrow or today (to the visitor);</li>
 *   <li>OVERDUE: the due date has passed (to the visitor), once per due date;</li>
 *   <li>ESCALATION: overdue more than the county's escalation days (to the township's staff);</li>
 *   <li>WEATHER: an open must-visit task of an extreme-weather alert (to the visitor), every hour until done.</li>
 * </ul>
 * NO_SHOW reminders (an elder stopped coming to meals) are created as meal assistance reports the absence
 * ({@link NoShowReminders}); they are texted here like the others.
 */
@Stateless
public class VisitReminders {

    static final int SMS_BATCH = 500;
    /** A claim on a reminder's text older than this belongs to a sender that died. */
    static final Duration SMS_CLAIM_EXPIRY = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(VisitReminders.class);

    /** What one run created. */
    public record Run(int due, int overdue, int escalations, int weather, int sms) {
    }

    @Resource
    SessionContext context;

    @Inject
    ReminderStore store;

    @Inject
    VisitPolicies policies;

    @Inject
    SmsGateway sms;

    /** The counties with anyone enrolled (a platform-level question: codes only, no personal data). */
    public List<String> activeCounties() {
        return store.activeCounties();
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
        return store.createDue(policies.current(), now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createOverdue(Instant now) {
        return store.createOverdue(policies.current(), now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createEscalations(Instant now) {
        return store.createEscalations(policies.current(), now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createWeather(Instant now) {
        return store.createWeather(now);
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
        for (UnsentText r : self.unsent(now, Math.min(max, SMS_BATCH))) {
            long id = r.reminderId();
            String phone = r.visitorPhone();
            byte[] claim = new byte[16];
            RANDOM.nextBytes(claim);
            if (!self.claimSms(id, claim, now)) {
                continue;   // another sender has it
            }
            boolean text = !"ESCALATION".equals(r.kind()) && phone != null && !phone.isBlank();
            if (text) {
                try {
                    sms.send(r.reminderKey(), phone, text(r.kind(), String.valueOf(r.dueOn())));
                } catch (RuntimeException e) {
                    LOG.warnf("SMS for reminder %s not sent, retried at the next run: %s", id, e.getMessage());
                    self.releaseSms(id, claim);
                    continue;
                }
                sent++;
            }
            self.markSmsSent(id, claim, now, text ? r.reminderKey() : null);
        }
        return sent;
    }

    /** The county's reminders not yet texted and not claimed by a live sender, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<UnsentText> unsent(Instant now, int max) {
        return store.unsent(now.minus(SMS_CLAIM_EXPIRY), max);
    }

    /** Claims a reminder's text for this sender; false when it is sent or claimed by a live sender already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimSms(long reminder, byte[] claim, Instant now) {
        return store.claim(reminder, claim, now, now.minus(SMS_CLAIM_EXPIRY));
    }

    /** Marks a claimed reminder texted and logs the message handed to the gateway (none for an escalation). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSmsSent(long reminder, byte[] claim, Instant now, String messageId) {
        store.markSent(reminder, claim, now, messageId);
    }

    /** Gives a claim back after a failed send. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseSms(long reminder, byte[] claim) {
        store.release(reminder, claim);
    }

    private static String text(String kind, String dueOn) {
        return switch (kind) {
            case "DUE" -> "【颐养】您负责的一位老人应于 " + dueOn + " 前探访，请登录平台查看。";
            case "OVERDUE" -> "【颐养】您负责的一位老人探访已逾期（应于 " + dueOn + " 前），请尽快探访。";
            case "NO_SHOW" -> "【颐养】您负责的一位老人已连续多日未到助餐点就餐，请尽快上门探访。";
            default -> "【颐养】极端天气预警：请尽快探访您负责的重点老人，并在平台登记。";
        };
    }
}
