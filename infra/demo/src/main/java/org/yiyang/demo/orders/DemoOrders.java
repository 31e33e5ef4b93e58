package org.yiyang.demo.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderQuery;
import org.yiyang.elders.application.ElderView;
import org.yiyang.orders.application.CreateOrder;
import org.yiyang.orders.application.OrderView;
import org.yiyang.orders.application.OrderDispatch;
import org.yiyang.orders.application.OrderFieldwork;
import org.yiyang.orders.application.OrderIntake;
import org.yiyang.providers.application.ProviderInput;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderStaff;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.providers.application.StaffInput;
import org.yiyang.providers.application.StaffView;
import org.yiyang.demo.DemoCallers;
import org.yiyang.demo.DemoSeed;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;

/**
 * Demo providers, their staff and a dozen orders in every state (run command only), taken through the
 * same use cases as real users would, by the demo accounts of the realm ({@code bc-*} for 滨城区,
 * {@code hm-*} for 惠民县), so that timelines, allowances and boards look as they would in use.
 */
@ApplicationScoped
public class DemoOrders implements DemoSeed {

    @Inject
    ProviderRegistry providers;

    @Inject
    ProviderStaff providerStaff;

    @Inject
    OrderIntake intake;

    @Inject
    OrderDispatch dispatch;

    @Inject
    OrderFieldwork fieldwork;

    @Inject
    ElderQueries elders;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String seed(DemoCounty county) {
        int made = seedIfEmpty(county.code(), county.accountPrefix(), county.name());
        return made == 0 ? "" : "2 providers and " + made + " orders";
    }

    /** Seeds the county's demo providers and orders unless it has providers already; returns the orders made. */
    int seedIfEmpty(String county, String prefix, String countyName) {
        Caller admin = caller(prefix + "-admin", county, Role.COUNTY_ADMIN, null);
        if (!TenantScope.callAs(admin, () -> providers.providers()).isEmpty()) {
            return 0;
        }
        List<String> area = places.townships().stream().map(Township::code).toList();
        String home = county + "-P01";
        ProviderView p01 = TenantScope.callAs(admin, () -> providers.registerProvider(new ProviderInput(home,
                countyName + "康宁居家养老服务中心", "SOCIAL_ORGANISATION", "52371600MJD" + county.substring(2) + "1X",
                "刘春梅", "13905430101", countyName + "黄河五路 128 号", List.of("HOME_SERVICES", "MEALS", "RENOVATION"), area, null)));
        TenantScope.callAs(admin, () -> providers.registerProvider(new ProviderInput(county + "-P02",
                countyName + "安居适老化改造工程有限公司", "CONTRACTOR", "91371600MA3" + county.substring(2) + "2K",
                "孙志强", "13905430202", countyName + "渤海十路 66 号", List.of("RENOVATION"), area, null)));
        StaffView worker = TenantScope.callAs(admin, () -> providerStaff.addStaff(p01.id(),
                new StaffInput("王秀兰", "13905430111", prefix + "-provider-staff", "养老护理员（四级）")));
        TenantScope.callAs(admin, () -> providerStaff.addStaff(p01.id(),
                new StaffInput("李建国", "13905430112", null, "健康照护师；康复护理")));
        TenantScope.callAs(admin, () -> providerStaff.addStaff(p01.id(),
                new StaffInput("赵敏", "13905430113", null, "家政服务员")));

        Caller desk = caller(prefix + "-staff", county, Role.COUNTY_STAFF, null);
        Caller providerAdmin = caller(prefix + "-provider-admin", county, Role.PROVIDER_ADMIN, home);
        Caller staff = caller(prefix + "-provider-staff", county, Role.PROVIDER_STAFF, home);
        List<ElderView> hardship = TenantScope.callAs(desk, () -> elders.searchElders(
                new ElderQuery(null, null, null, null, "SPECIAL_HARDSHIP", null, null), 0, 8).elders());
        List<ElderView> others = TenantScope.callAs(desk, () -> elders.searchElders(ElderQuery.ALL, 40, 4).elders());
        List<ElderView> people = new ArrayList<>(hardship);
        people.addAll(others);
        String[] services = {"CLEANING", "MEAL_AID", "BATH_AID", "MEDICAL_ESCORT", "SHOPPING", "REHAB_CARE"};
        Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        BigDecimal lat = new BigDecimal("37.383100");
        BigDecimal lng = new BigDecimal("118.012400");
        int made = 0;
        for (int i = 0; i < people.size(); i++) {
            ElderView e = people.get(i);
            Instant at = start.plus(Duration.ofMinutes(30L * i));
            String payer = hardship.contains(e) ? "ALLOWANCE" : "SELF";
            String service = services[i % services.length];
            OrderView o = TenantScope.callAs(desk, () -> intake.createOrder(new CreateOrder(e.id(), null,
                    service, at, 1, payer, null, "电话预约，请提前联系家属。")));
            made++;
            long id = o.id();
            int stage = i % 6;
            if (i == people.size() - 1) {
                TenantScope.callAs(desk, () -> dispatch.cancel(id, "老人住院，暂不需要上门服务。"));
                continue;
            }
            if (stage >= 1) {
                TenantScope.callAs(desk, () -> dispatch.assignProvider(id, p01.id()));
            }
            if (stage >= 2) {
                TenantScope.callAs(providerAdmin, () -> dispatch.assignStaff(id, worker.id()));
            }
            if (stage >= 3) {
                TenantScope.callAs(staff, () -> fieldwork.checkIn(id, lat, lng));
            }
            if (stage >= 4) {
                TenantScope.callAs(staff, () -> fieldwork.checkOut(id, null, "已按要求完成服务，老人状态良好。"));
            }
            if (stage >= 5) {
                TenantScope.callAs(desk, () -> fieldwork.confirm(id, 5, "服务人员很耐心。", "FAMILY"));
            }
        }
        return made;
    }

    private static Caller caller(String username, String county, Role role, String provider) {
        return DemoCallers.of(username, county, role, null, provider);
    }
}
