package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Moving a volunteer's banked hours to another county of the same city, atomic and exactly once across the two
 * tenants: the source county's debit and outbox row commit together ({@link PortDepartures}); the target county's
 * credit and inbox row commit together ({@link PortReceipts}), tried at once and otherwise by the job until it
 * succeeds. Both ledgers show the move, each balanced by its PORTED account; no hours are created or lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Portability {

    private static final Logger LOG = Logger.getLogger(Portability.class);

    @Inject
    PortDepartures departures;

    @Inject
    PortArrivals arrivals;

    public PortView move(PortView.Move in) {
        PortView sent = departures.leave(in == null ? new PortView.Move(null, null, null) : in);
        try {
            arrivals.deliver(sent.transferId());
        } catch (RuntimeException e) {
            LOG.warnf(e, "transfer %s left pending for the job", sent.transferId());
        }
        return departures.transfer(sent.transferId());
    }

    public PortView transfer(String transferId) {
        return departures.transfer(transferId);
    }
}
