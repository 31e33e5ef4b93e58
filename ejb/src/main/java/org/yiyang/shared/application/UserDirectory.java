package org.yiyang.shared.application;

import java.util.Optional;
import java.util.Set;

/**
 * The platform's accounts as the identity provider knows them: who a username is (roles, county, township), for
 * checks such as "is this visitor a grid worker of the elder's township". Never a source of a caller's own scope:
 * that comes from the caller's token only.
 */
public interface UserDirectory {

    /** An account: enabled or not, its realm roles and the attributes that become claims. */
    record Account(String username, boolean enabled, Set<String> roles, Optional<String> county,
                   Optional<String> township) {
    }

    /** The account with exactly this username, if there is one. */
    Optional<Account> find(String username);
}
