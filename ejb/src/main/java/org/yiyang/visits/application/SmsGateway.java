package org.yiyang.visits.application;

/**
 * Sends a text message. The default implementation only logs; a real provider (an operator's SMS API) is a
 * CDI alternative of this interface, selected in beans.xml.
 */
public interface SmsGateway {

    /**
     * Sends one message; throws if the provider refused it (the reminder stays unsent and is retried).
     *
     * @param messageId the reminder's key, unique per county: a provider that deduplicates by client message id
     *                  never delivers one reminder twice
     */
    void send(String messageId, String phone, String text);
}
