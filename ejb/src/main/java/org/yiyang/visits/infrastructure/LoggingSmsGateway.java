package org.yiyang.visits.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.yiyang.visits.application.SmsGateway;

/** The default SMS gateway: writes each message to the server log (numbers masked), sends nothing. */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String messageId, String phone, String text) {
        String masked = phone == null || phone.length() < 7 ? "***" : phone.substring(0, 3) + "****"
                + phone.substring(phone.length() - 4);
        LOG.infof("SMS %s to %s: %s", messageId, masked, text);
    }
}
