package org.yiyang.shared.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The heartbeat rows of the scheduler nodes (global, not county data). */
@Stateless
public class SchedulerHeartbeat {

    /** A node's heartbeat: how often the job fired there and when last. */
    public record Beat(String instanceId, long beats, Instant lastBeatAt) {
    }

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public void beat(String instanceId) {
        em.createNativeQuery("""
                INSERT INTO shared_scheduler_heartbeat (instance_id, beats, first_beat_at, last_beat_at)
                VALUES (?1, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE beats = beats + 1, last_beat_at = UTC_TIMESTAMP(6)
                """).setParameter(1, instanceId).executeUpdate();
    }

    public Optional<Beat> of(String instanceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT instance_id, beats, last_beat_at FROM shared_scheduler_heartbeat WHERE instance_id = ?1")
                .setParameter(1, instanceId).getResultList();
        return rows.stream().findFirst().map(r -> new Beat((String) r[0], ((Number) r[1]).longValue(),
                ((LocalDateTime) r[2]).toInstant(ZoneOffset.UTC)));
    }
}
