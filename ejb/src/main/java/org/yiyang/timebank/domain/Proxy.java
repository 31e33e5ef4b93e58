package org.yiyang.timebank.domain;

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
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A named proxy (代办人) of an elder without a phone or account: the account of a family member or of the grid worker
 * who acts on the elder's behalf (one per elder and account, a unique key). Ended, it acts no more; named again, it
 * acts again.
 */
@Entity
@Table(name = "timebank_proxy")
public class Proxy extends TrackedEntity {

    public static final int MAX_NAME = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timebank_proxy_seq")
    @SequenceGenerator(name = "timebank_proxy_seq", sequenceName = "timebank_proxy_seq", allocationSize = 50)
    private Long id;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Column(name = "username", nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "name", length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 16)
    private ProxyRelation relation;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "ended_reason", length = 200)
    private String endedReason;

    protected Proxy() {
    }

    public Proxy(long elderId, String username, String name, ProxyRelation relation, String by, Instant at) {
        super(by, at);
        this.elderId = elderId;
        this.username = username;
        this.name = name;
        this.relation = relation;
        this.active = true;
    }

    /** The proxy acts no more for the elder. */
    public void end(String reason, String by, Instant at) {
        if (!active) {
            throw DomainException.conflict("timebank.proxy.ended");
        }
        active = false;
        endedReason = reason;
        touched(by, at);
    }

    /** An ended proxy is named again, perhaps in another relation. */
    public void renew(String newName, ProxyRelation newRelation, String by, Instant at) {
        if (active) {
            throw DomainException.conflict("timebank.proxy.exists");
        }
        active = true;
        name = newName;
        relation = newRelation;
        endedReason = null;
        touched(by, at);
    }

    public Long id() {
        return id;
    }

    public long elderId() {
        return elderId;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public ProxyRelation relation() {
        return relation;
    }

    public boolean active() {
        return active;
    }

    public String endedReason() {
        return endedReason;
    }
}
