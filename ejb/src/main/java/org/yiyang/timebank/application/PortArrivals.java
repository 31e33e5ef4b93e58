package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.timebank.domain.PortTransfer;
import org.yiyang.timebank.domain.PortabilityStore;

/**
 * Delivers the current (source) county's outbox: each pending transfer is received by its target county in that
 * county's own transaction ({@link PortReceipts}), then marked delivered here. A crash between the two leaves the
 * transfer pending; the next run finds it received and only marks it. The job runs it county by county.
 */
@Stateless
public class PortArrivals {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(PortArrivals.class);

    @Inject
    PortabilityStore ports;

    @Inject
    PortReceipts receipts;

    @Inject
    Clock clock;

    /** Delivers the pending transfers; the number credited in their target counties by this run. */
    public int deliverPending() {
        int credited = 0;
        for (PortTransfer t : ports.pending(BATCH)) {
            try {
                if (deliver(t)) {
                    credited++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "transfer %s to %s not delivered; the next run retries", t.transferId(),
                        t.targetCounty());
            }
        }
        return credited;
    }

    /** Delivers one pending transfer of the current county now, if it is pending. */
    public void deliver(String transferId) {
        ports.sent(transferId).filter(t -> !t.delivered()).ifPresent(this::deliver);
    }

    private boolean deliver(PortTransfer t) {
        boolean credited = TenantScope.callForCounty(t.targetCounty(), () -> receipts.receive(t));
        ports.markDelivered(t.transferId(), clock.instant());
        return credited;
    }
}
