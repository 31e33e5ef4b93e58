package org.yiyang.timebank.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of the current (source) county and the inbox of the current (target) county: a transfer is written to
 * the outbox in its debit's transaction, received once into the target's inbox (its unique key on the transfer
 * id), then marked delivered in the outbox.
 */
public interface PortabilityStore {

    void send(PortTransfer transfer);

    Optional<PortTransfer> sent(String transferId);

    /** The transfers still to deliver, oldest first. */
    List<PortTransfer> pending(int max);

    void markDelivered(String transferId, Instant at);

    /** Whether the current county has received the transfer. */
    boolean received(String transferId);

    /** Records the receipt and the crediting transaction in the current county; false when it was received. */
    boolean receive(PortTransfer transfer, long transactionId, Instant at);
}
