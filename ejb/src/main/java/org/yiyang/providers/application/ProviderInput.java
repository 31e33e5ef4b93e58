package org.yiyang.providers.application;

import java.util.List;

/**
 * A provider as a form or a JSON body carries it (enum names as text).
 *
 * @param code  the provider's code, unique in the county; Keycloak users of the provider carry it in their
 *              {@code provider} claim (only on registration)
 * @param works HOME_SERVICES, RENOVATION, MEALS
 * @param area  12-digit codes of the townships served
 * @param status ACTIVE or SUSPENDED (only on update)
 */
public record ProviderInput(String code, String name, String kind, String licenceNo, String contactPerson,
                            String phone, String address, List<String> works, List<String> area, String status) {
}
