package org.yiyang.visits.application;

import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/**
 * What a caller may do with an enrolment they see: record a visit and its follow-ups and photos (the elder's
 * visitor, or the township's or bureau's staff) and set the tier (the staff). The use cases enforce it here; the
 * pages show what it allows.
 */
public record EnrolmentActions(boolean recordVisit, boolean setTier) {

    /** The township's and the bureau's staff: they enrol, set tiers and act on every enrolment they see. */
    static final Role[] STAFF = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};

    /** What the caller may do with an enrolment that has this visitor. */
    public static EnrolmentActions allowed(Caller caller, String visitorUsername) {
        boolean staff = caller.hasAny(STAFF);
        return new EnrolmentActions(staff || caller.username().equals(visitorUsername), staff);
    }

    /** Refuses a caller who is neither the enrolment's visitor nor staff. */
    static void requireRecordVisit(Caller caller, String visitorUsername) {
        if (!allowed(caller, visitorUsername).recordVisit()) {
            throw DomainException.forbidden("visit.visitorOnly");
        }
    }
}
