package org.yiyang.web.elders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A full ID number that was just revealed, for the one response that shows it. It lives for that request only:
 * never in the view state or the session, so it is gone from the server once the page has been answered.
 */
@Named
@RequestScoped
public class RevealedIdNumber {

    private String value;

    public String getValue() {
        return value;
    }

    void show(String idNumber) {
        this.value = idNumber;
    }
}
