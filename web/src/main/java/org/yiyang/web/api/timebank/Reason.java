package org.yiyang.web.api.timebank;

/** Why a volunteer is rejected or suspended, an activity cancelled, hours rejected or reversed, a proxy ended. */
public record Reason(String reason) {

    static String of(Reason r) {
        return r == null ? null : r.reason();
    }
}
