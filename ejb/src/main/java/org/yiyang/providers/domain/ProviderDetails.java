package org.yiyang.providers.domain;

import org.yiyang.shared.domain.ProviderWork;
import java.util.Set;

/** What is recorded about a provider, validated by the registry. */
public record ProviderDetails(String name, ProviderKind kind, String licenceNo, String contactPerson, String phone,
                              String address, Set<ProviderWork> works, Set<String> area) {
}
