package org.yiyang.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.yiyang.timebank.application.HoursReversed;
import org.yiyang.timebank.application.HoursVerified;

/** Fires the people side's hours events in a transaction of their own, as verifying or reversing hours does. */
@ApplicationScoped
public class TimebankEvents {

    @Inject
    Event<HoursVerified> verified;

    @Inject
    Event<HoursReversed> reversed;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void verified(HoursVerified v) {
        verified.fire(v);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reversed(HoursReversed r) {
        reversed.fire(r);
    }
}
