package org.yiyang.orders.application;

import java.util.List;

/** An elder as the order form shows them: who, where, which categories, and this month's allowance. */
public record OrderElder(long id, String name, String idNumberMasked, String townshipCode, String townshipName,
                         String address, List<String> categories, AllowanceView allowance) {
}
