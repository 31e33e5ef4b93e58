package org.yiyang.providers.application;

import java.util.List;

/** A provider with the townships it serves (code and name). */
public record ProviderView(long id, String code, String name, String kind, String licenceNo, String contactPerson,
                           String phone, String address, List<String> works, List<PlaceName> area, String status,
                           long version) {

    /** A township served. */
    public record PlaceName(String code, String name) {
    }
}
