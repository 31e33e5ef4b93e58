package org.yiyang.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * "A value in force from a date, with a reason and a version": the one mechanism behind county policies, service
 * prices and catalog prices. A version is never changed once written; a change is a new version, effective from
 * today or later, never from a day that has passed in China. On a day the latest version effective by then is in
 * force (the higher version wins among several effective the same day).
 */
@Embeddable
public class InForce {

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "reason", nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InForce() {
    }

    public InForce(int version, LocalDate effectiveFrom, String reason, String by, Instant at) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** What carries a value in force from a date. */
    public interface Versioned {
        InForce inForce();
    }

    /**
     * A county decides for today or later, never for the past: a change effective on a day that has already
     * begun in China is refused (effective today is allowed: it applies from the start of today).
     */
    public static boolean mayTakeEffectOn(LocalDate effectiveFrom, Instant now) {
        return effectiveFrom != null && !effectiveFrom.isBefore(ChinaTime.dayOf(now));
    }

    /** The version in force on a day, if any is effective by then. */
    public static <T extends Versioned> Optional<T> on(Collection<T> versions, LocalDate day) {
        return versions.stream()
                .filter(v -> !v.inForce().effectiveFrom().isAfter(day))
                .max(Comparator.comparing((T v) -> v.inForce().effectiveFrom())
                        .thenComparingInt(v -> v.inForce().version()));
    }

    /** The number the next version of these gets. */
    public static int nextVersion(Collection<? extends Versioned> versions) {
        return versions.stream().mapToInt(v -> v.inForce().version()).max().orElse(0) + 1;
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
