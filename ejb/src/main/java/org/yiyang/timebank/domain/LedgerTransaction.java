package org.yiyang.timebank.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yiyang.shared.domain.DomainException;

/**
 * A transaction to post: its kind and unit, at least two legs on distinct accounts of that unit whose amounts sum to
 * zero, the reference it answers (unique in the county), the transaction it reverses, who posts it (as a proxy or
 * not) and why. Posting settles it against the balances read under lock: no account but a source account may go
 * below zero.
 */
public final class LedgerTransaction {

    /** The longest reason kept. */
    public static final int MAX_REASON = 200;

    private final TransactionKind kind;
    private final LedgerUnit unit;
    private final List<Leg> legs;
    private final String reference;
    private final Long reversesId;
    private final String reason;
    private final String by;
    private final boolean byProxy;
    private final Instant at;

    private LedgerTransaction(TransactionKind kind, LedgerUnit unit, List<Leg> legs, String reference,
                              Long reversesId, String reason, String by, boolean byProxy, Instant at) {
        this.kind = kind;
        this.unit = unit;
        this.legs = List.copyOf(legs);
        this.reference = reference;
        this.reversesId = reversesId;
        this.reason = reason;
        this.by = by;
        this.byProxy = byProxy;
        this.at = at;
    }

    /** A transaction of the kind (not a reversal: see {@link #reversalOf}); refused unless balanced in one unit. */
    public static LedgerTransaction of(TransactionKind kind, LedgerUnit unit, List<Leg> legs, String reference,
                                       String reason, String by, boolean byProxy, Instant at) {
        if (kind == TransactionKind.REVERSAL) {
            throw new IllegalArgumentException("a reversal names the transaction it reverses");
        }
        return checked(new LedgerTransaction(kind, unit, legs, reference, null, reason, by, byProxy, at));
    }

    /** A transfer of a positive amount from one account to another of the same unit. */
    public static LedgerTransaction move(TransactionKind kind, Account from, Account to, long amount,
                                         String reference, String reason, String by, boolean byProxy, Instant at) {
        if (amount <= 0) {
            throw DomainException.invalid("amount", "timebank.amount.positive");
        }
        return of(kind, from.unit(), List.of(new Leg(from, -amount), new Leg(to, amount)), reference, reason, by,
                byProxy, at);
    }

    /** The reversal of a posted transaction: its legs negated, linked to it; a reversal is not reversed again. */
    public static LedgerTransaction reversalOf(PostedTransaction original, String reason, String by, Instant at) {
        if (original.kind() == TransactionKind.REVERSAL) {
            throw DomainException.conflict("timebank.reversal.ofReversal", original.id());
        }
        List<Leg> negated = original.legs().stream().map(l -> new Leg(l.account(), -l.amount())).toList();
        return checked(new LedgerTransaction(TransactionKind.REVERSAL, original.unit(), negated, null,
                original.id(), reason, by, false, at));
    }

    private static LedgerTransaction checked(LedgerTransaction t) {
        if (t.legs.size() < 2) {
            throw DomainException.invalid("legs", "timebank.ledger.legs");
        }
        Set<Long> accounts = new HashSet<>();
        long sum = 0;
        for (Leg l : t.legs) {
            if (l.account().unit() != t.unit) {
                throw DomainException.invalid("unit", "timebank.ledger.unitMixed",
                        new DomainException.Label("LedgerUnit." + l.account().unit().name()),
                        new DomainException.Label("LedgerUnit." + t.unit.name()));
            }
            if (l.amount() == 0) {
                throw DomainException.invalid("amount", "timebank.amount.positive");
            }
            if (!accounts.add(l.account().id())) {
                throw DomainException.invalid("account", "timebank.ledger.sameAccount");
            }
            sum = Math.addExact(sum, l.amount());
        }
        if (sum != 0) {
            throw DomainException.invalid("amount", "timebank.ledger.unbalanced", sum);
        }
        if (t.reason != null && t.reason.length() > MAX_REASON) {
            throw DomainException.invalid("reason", "timebank.reason.tooLong", MAX_REASON);
        }
        return t;
    }

    /**
     * The balance of each account after the transaction, from the balances read under lock; refused when an
     * account other than a source account would go below zero.
     */
    public Map<Long, Long> settle(Map<Long, Long> lockedBalances) {
        Map<Long, Long> after = new HashMap<>();
        for (Leg l : legs) {
            Long before = lockedBalances.get(l.account().id());
            if (before == null) {
                throw new IllegalStateException("account " + l.account().id() + " was not locked");
            }
            long balance = Math.addExact(before, l.amount());
            if (balance < 0 && !l.account().source()) {
                throw DomainException.conflict("timebank.balance.insufficient", before, -l.amount(),
                        new DomainException.Label("LedgerUnit." + unit.name()));
            }
            after.put(l.account().id(), balance);
        }
        return after;
    }

    public TransactionKind kind() {
        return kind;
    }

    public LedgerUnit unit() {
        return unit;
    }

    public List<Leg> legs() {
        return legs;
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public Optional<Long> reversesId() {
        return Optional.ofNullable(reversesId);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public String by() {
        return by;
    }

    public boolean byProxy() {
        return byProxy;
    }

    public Instant at() {
        return at;
    }
}
