package org.yiyang.visits.application;

/**
 * Sends a text message. The default implementation only logs; a real provider (an operator's SMS API) is a
 * CDI alternative of this interface, selected in beans.xml.
 */
public interface SmsGateway {

    /** Sends one message; throws if the provider refused it (the reminder stays unsent and is retried). */
    void send(String phone, String text);
}
