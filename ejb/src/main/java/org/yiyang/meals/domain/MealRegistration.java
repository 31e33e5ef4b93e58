package org.yiyang.meals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * An elder's registration for meal assistance: the home site, the diet, whether the elder eats daily, and the
 * meal card. An elder has at most one active registration (a unique key in the table); an ended one stays on file.
 * The card has a version: re-issuing it refuses every earlier card.
 */
@Entity
@Table(name = "meals_registration")
public class MealRegistration extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meals_registration_seq")
    @SequenceGenerator(name = "meals_registration_seq", sequenceName = "meals_registration_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Column(name = "home_site_id", nullable = false)
    private long homeSiteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "diet", nullable = false, length = 16)
    private MealDiet diet;

    @Column(name = "daily", nullable = false)
    private boolean daily;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "card_version", nullable = false)
    private int cardVersion;

    @Column(name = "card_expires_on", nullable = false)
    private LocalDate cardExpiresOn;

    @Column(name = "ended_reason", length = 200)
    private String endedReason;

    protected MealRegistration() {
    }

    /** A new, active registration with its first card, issued today. */
    public MealRegistration(long elderId, long homeSiteId, MealDiet diet, boolean daily, LocalDate today, String by,
                            Instant at) {
        super(by, at);
        this.elderId = elderId;
        this.homeSiteId = homeSiteId;
        this.diet = diet;
        this.daily = daily;
        this.active = true;
        this.cardVersion = 1;
        this.cardExpiresOn = MealCard.expiryOf(today);
    }

    public void change(long newHomeSiteId, MealDiet newDiet, boolean newDaily, String by, Instant at) {
        requireActive();
        this.homeSiteId = newHomeSiteId;
        this.diet = newDiet;
        this.daily = newDaily;
        touched(by, at);
    }

    /** The elder leaves meal assistance; the card is refused from now on. */
    public void end(String reason, String by, Instant at) {
        requireActive();
        this.active = false;
        this.endedReason = reason;
        touched(by, at);
    }

    /** A new card (lost, damaged or expired), issued today: every earlier card is refused from now on. */
    public MealCard reissueCard(LocalDate today, String by, Instant at) {
        requireActive();
        this.cardVersion++;
        this.cardExpiresOn = MealCard.expiryOf(today);
        touched(by, at);
        return card();
    }

    /** The current card; an ended registration has none (409). */
    public MealCard card() {
        requireActive();
        return new MealCard(countyCode(), id, cardVersion, cardExpiresOn);
    }

    /**
     * A card presented at a site is this registration's current card, still valid on the day, and the registration
     * is active; else refused (400 on {@code cardToken}).
     */
    public void requireCard(MealCard card, LocalDate day) {
        if (!active) {
            throw DomainException.invalid("cardToken", "meals.card.ended");
        }
        if (card.cardVersion() != cardVersion) {
            throw DomainException.invalid("cardToken", "meals.card.replaced");
        }
        card.requireValidOn(day);
    }

    /** The registration is active; else refused (409). */
    public void requireActive() {
        if (!active) {
            throw DomainException.conflict("meals.registration.ended");
        }
    }

    public Long id() {
        return id;
    }

    public long elderId() {
        return elderId;
    }

    public long homeSiteId() {
        return homeSiteId;
    }

    public MealDiet diet() {
        return diet;
    }

    public boolean daily() {
        return daily;
    }

    public boolean active() {
        return active;
    }

    public int cardVersion() {
        return cardVersion;
    }

    public LocalDate cardExpiresOn() {
        return cardExpiresOn;
    }

    public String endedReason() {
        return endedReason;
    }
}
