package org.yiyang.timebank.application;

/** What the ledger's use cases take from a client. Amounts are minutes (hours) or whole points. */
public final class LedgerCommands {

    private LedgerCommands() {
    }

    /** Banked hours of a volunteer or linked family account exchanged for a service (the reference names it). */
    public record Redeem(String ownerKind, Long ownerId, Long minutes, String reference) {
    }

    /** From one holder's account to another's of the same unit. */
    public record Transfer(String fromKind, Long fromId, String toKind, Long toId, String unit, Long amount,
                           String memo) {
    }

    /** From a holder's account to the county pool. */
    public record Donate(String ownerKind, Long ownerId, String unit, Long amount) {
    }

    /** A signed correction of a balance by the county administrator. */
    public record Adjust(String ownerKind, Long ownerId, String unit, Long amount, String reason) {
    }

    /** Points awarded for public-benefit work. */
    public record Award(String ownerKind, Long ownerId, Long points, String reason) {
    }

    /** Why a transaction is reversed. */
    public record Reverse(String reason) {
    }
}
