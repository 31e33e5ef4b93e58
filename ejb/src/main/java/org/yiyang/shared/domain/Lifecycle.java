package org.yiyang.shared.domain;

import java.util.Arrays;

/**
 * The one guard of every status machine: an action is taken only from the statuses that allow it; from any other
 * status it is a conflict whose message names the action and the current status in the reader's language
 * (labels "{actions}.{action}" and "{StatusEnum}.{STATUS}").
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * The current status, if the action may be taken from it.
     *
     * @param conflictKey the message of the refusal, e.g. "order.transition.invalid"
     * @param actions     the label vocabulary of the actions, e.g. "OrderAction"
     */
    @SafeVarargs
    public static <S extends Enum<S>> S require(String conflictKey, String actions, S current, String action,
                                                S... allowed) {
        if (!Arrays.asList(allowed).contains(current)) {
            throw DomainException.conflict(conflictKey, new DomainException.Label(actions + "." + action),
                    new DomainException.Label(current.getDeclaringClass().getSimpleName() + "." + current.name()));
        }
        return current;
    }
}
