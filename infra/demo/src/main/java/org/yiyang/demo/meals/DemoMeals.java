package org.yiyang.demo.meals;

import org.yiyang.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.demo.DemoCallers;
import org.yiyang.demo.DemoSeed;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderQuery;
import org.yiyang.elders.application.ElderView;
import org.yiyang.meals.application.LayoutTargetInput;
import org.yiyang.meals.application.MealLayout;
import org.yiyang.meals.application.MealRegistrations;
import org.yiyang.meals.application.MealSiteView;
import org.yiyang.meals.application.MealSites;
import org.yiyang.meals.application.NewSubsidyTable;
import org.yiyang.meals.application.RegisterForMeals;
import org.yiyang.meals.application.SiteInput;
import org.yiyang.meals.application.SiteStatusChange;
import org.yiyang.meals.application.SubsidyTables;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.ProviderWork;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.TownshipKind;
import org.yiyang.tenancy.domain.Village;

/**
 * Demo meal assistance of 滨城区 and 惠民县 (run command only), through the meal use cases by the demo accounts: the
 * county administrator registers the sites of the county's provider {@code <county>-P01} (孝善食堂, 老年餐桌 and 助餐点
 * at both levels, a few steps from the demo villages, most of them open, some planned, one suspended), sets the
 * layout plan of every township and publishes the county's subsidy table; the bureau's staff register about forty
 * elders of the sites' villages (half of them daily, some with a special diet); then the operator's staff record
 * today's meals ({@link DemoMealDay}).
 *
 * <p>The meal ledger records meals on the day they are served (the serving takes its day from the server's clock),
 * so the demo cannot record earlier days: each day the platform is started on, the day's meals are recorded once,
 * and the ledger grows with the days the demo is used.
 */
@ApplicationScoped
public class DemoMeals implements DemoSeed {

    /** About this many elders of a county are registered for meals. */
    static final int ELDERS = 40;
    /** The price of a meal in the demo subsidy table. */
    static final BigDecimal PRICE = new BigDecimal("10.00");

    /**
     * A demo site: the demo village it is in, what it is and how far it has come.
     *
     * @param status PLANNED, OPEN or SUSPENDED
     */
    record SiteSpec(String villageCode, String type, String level, String name, String address, int capacity,
                    List<String> periods, boolean delivery, String status, LocalDate openingDate) {
    }

    static final List<String> ALL_DAY = List.of("BREAKFAST", "LUNCH", "DINNER");
    static final List<String> LUNCH_DINNER = List.of("LUNCH", "DINNER");
    static final List<String> LUNCH = List.of("LUNCH");

    /** The demo sites of both counties (each county takes those in its villages). */
    static final List<SiteSpec> SITES = List.of(
            new SiteSpec("371602001001", "CANTEEN", "COMMUNITY", "市中街道新苑社区孝善食堂", "新苑社区黄河五路 256 号",
                    120, ALL_DAY, true, "OPEN", LocalDate.of(2025, 3, 18)),
            new SiteSpec("371602001002", "ELDER_TABLE", "RESIDENTIAL", "滨河社区老年餐桌", "滨河社区渤海七路 19 号",
                    40, LUNCH_DINNER, false, "OPEN", LocalDate.of(2025, 6, 1)),
            new SiteSpec("371602001003", "MEAL_POINT", "RESIDENTIAL", "渤海社区助餐点", "渤海社区便民服务中心一楼",
                    30, LUNCH, true, "OPEN", LocalDate.of(2025, 9, 10)),
            new SiteSpec("371602002012", "CANTEEN", "COMMUNITY", "市西街道益民社区孝善食堂", "益民社区长江二路 88 号",
                    100, ALL_DAY, true, "OPEN", LocalDate.of(2025, 4, 20)),
            new SiteSpec("371602003201", "ELDER_TABLE", "RESIDENTIAL", "雷家村老年餐桌", "雷家村村委会东侧",
                    30, LUNCH, false, "OPEN", LocalDate.of(2025, 10, 8)),
            new SiteSpec("371602003202", "MEAL_POINT", "RESIDENTIAL", "南孟村助餐点", "南孟村幸福院",
                    20, LUNCH, true, "PLANNED", LocalDate.of(2027, 3, 1)),
            new SiteSpec("371602004004", "CANTEEN", "COMMUNITY", "市东街道天王堂社区孝善食堂", "天王堂社区黄河十路 360 号",
                    150, ALL_DAY, true, "OPEN", LocalDate.of(2024, 12, 26)),
            new SiteSpec("371602004004", "MEAL_POINT", "RESIDENTIAL", "天王堂社区银龄助餐点", "天王堂小区 12 号楼底商",
                    25, LUNCH_DINNER, false, "SUSPENDED", LocalDate.of(2025, 11, 15)),
            new SiteSpec("371602005001", "ELDER_TABLE", "RESIDENTIAL", "彭家社区老年餐桌", "彭家社区党群服务中心",
                    40, LUNCH_DINNER, false, "OPEN", LocalDate.of(2026, 2, 16)),
            new SiteSpec("371602106340", "MEAL_POINT", "RESIDENTIAL", "闫谭张新村助餐点", "闫谭张新村幸福院",
                    25, LUNCH, true, "OPEN", LocalDate.of(2026, 5, 6)),
            new SiteSpec("371602203250", "CANTEEN", "COMMUNITY", "秦皇台乡振兴新村孝善食堂", "振兴新村村委会西侧",
                    60, LUNCH_DINNER, true, "PLANNED", LocalDate.of(2027, 6, 1)),
            new SiteSpec("371621001025", "CANTEEN", "COMMUNITY", "孙武街道好美居社区孝善食堂", "好美居社区武圣路 66 号",
                    120, ALL_DAY, true, "OPEN", LocalDate.of(2025, 5, 12)),
            new SiteSpec("371621001026", "ELDER_TABLE", "RESIDENTIAL", "幸福社区老年餐桌", "幸福社区文化广场北侧",
                    40, LUNCH_DINNER, false, "OPEN", LocalDate.of(2025, 8, 1)),
            new SiteSpec("371621001332", "MEAL_POINT", "RESIDENTIAL", "朱老虎联村助餐点", "朱老虎村幸福院",
                    25, LUNCH, true, "OPEN", LocalDate.of(2026, 3, 9)),
            new SiteSpec("371621003310", "ELDER_TABLE", "RESIDENTIAL", "刘集联村老年餐桌", "刘集村党群服务中心",
                    30, LUNCH, false, "OPEN", LocalDate.of(2025, 11, 3)),
            new SiteSpec("371621003311", "CANTEEN", "COMMUNITY", "何坊街道孝善食堂", "何坊联村中心街 18 号",
                    80, ALL_DAY, true, "OPEN", LocalDate.of(2025, 1, 15)),
            new SiteSpec("371621102277", "MEAL_POINT", "RESIDENTIAL", "徐家联村助餐点", "徐家村幸福院",
                    20, LUNCH, true, "PLANNED", LocalDate.of(2027, 4, 1)),
            new SiteSpec("371621103001", "CANTEEN", "COMMUNITY", "淄角镇龙兴社区孝善食堂", "龙兴社区淄角大街 102 号",
                    100, ALL_DAY, true, "OPEN", LocalDate.of(2025, 7, 7)),
            new SiteSpec("371621103268", "ELDER_TABLE", "RESIDENTIAL", "淄角村老年餐桌", "淄角村村委会院内",
                    30, LUNCH_DINNER, false, "OPEN", LocalDate.of(2026, 1, 12)),
            new SiteSpec("371621103269", "MEAL_POINT", "RESIDENTIAL", "大魏新村助餐点", "大魏新村文化大院",
                    20, LUNCH, true, "PLANNED", LocalDate.of(2027, 5, 1)));

    static final String[] DIETS = {"NONE", "NONE", "DIABETIC", "NONE", "SOFT", "LOW_SALT", "NONE", "MINCED"};

    @Inject
    MealSites sites;

    @Inject
    MealLayout layout;

    @Inject
    SubsidyTables tables;

    @Inject
    MealRegistrations registrations;

    @Inject
    DemoMealDay mealDay;

    @Inject
    ElderQueries elders;

    @Inject
    ProviderDirectory providers;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    /** After the villages' locations (5) and the providers (10), whose {@code <county>-P01} runs the sites. */
    @Override
    public int order() {
        return 40;
    }

    @Override
    public String seed(DemoCounty county) {
        String prefix = county.accountPrefix();
        Caller admin = DemoCallers.of(prefix + "-admin", county.code(), Role.COUNTY_ADMIN);
        if (!TenantScope.callAs(admin, () -> sites.sites(null, null, null)).isEmpty()) {
            int meals = mealDay.recordToday(county);
            return meals == 0 ? "" : meals + " meals of today";
        }
        ProviderRef operator = TenantScope.callAs(admin, () -> providers.findByCode(county.code() + "-P01"))
                .filter(p -> p.takes(ProviderWork.MEALS))
                .orElseThrow(() -> new IllegalStateException("the demo provider " + county.code()
                        + "-P01 doing meals is missing (the orders seed registers it)"));
        List<MealSiteView> made = registerSites(admin, operator.id());
        int targets = setLayout(admin);
        int version = TenantScope.callAs(admin, () -> tables.publish(table())).version();
        Caller desk = DemoCallers.of(prefix + "-staff", county.code(), Role.COUNTY_STAFF);
        int registered = register(desk, made);
        int meals = mealDay.recordToday(county);
        return made.size() + " meal sites, " + targets + " layout targets, subsidy table v" + version + ", "
                + registered + " elders registered for meals, " + meals + " meals of today";
    }

    /** The county's demo sites, each a few steps from its village's seat, taken to their status. */
    private List<MealSiteView> registerSites(Caller admin, long operator) {
        List<MealSiteView> made = new ArrayList<>();
        for (SiteSpec s : SITES) {
            Optional<Village> village = TenantScope.callAs(admin, () -> places.village(s.villageCode()));
            if (village.isEmpty()) {
                continue;
            }
            int n = made.size();
            BigDecimal lat = village.get().latitude().map(l -> nudge(l, 0.0009 * (n % 3 - 1))).orElse(null);
            BigDecimal lng = village.get().longitude().map(l -> nudge(l, 0.0012 * ((n + 1) % 3 - 1))).orElse(null);
            SiteInput in = new SiteInput(s.type(), s.level(), s.name(), operator, s.address(), s.villageCode(), lat,
                    lng, s.capacity(), s.periods(), s.delivery(), s.openingDate());
            MealSiteView site = TenantScope.callAs(admin, () -> sites.register(in));
            long id = site.id();
            if (!s.status().equals("PLANNED")) {
                site = TenantScope.callAs(admin, () -> sites.changeStatus(id,
                        new SiteStatusChange("OPEN", "建成验收合格，开始供餐")));
            }
            if (s.status().equals("SUSPENDED")) {
                site = TenantScope.callAs(admin, () -> sites.changeStatus(id,
                        new SiteStatusChange("SUSPENDED", "厨房改造，暂停供餐两周")));
            }
            made.add(site);
        }
        return made;
    }

    /**
     * The layout plan: in every township one community-level site and a residential-level site for each village
     * (at least two), streets by next year, towns and townships the year after.
     */
    private int setLayout(Caller admin) {
        int year = ChinaTime.today(clock).getYear();
        int made = 0;
        for (Township t : TenantScope.callAs(admin, places::townships)) {
            int villages = TenantScope.callAs(admin, () -> places.villagesOf(t.code())).size();
            int by = t.kind() == TownshipKind.STREET ? year + 1 : year + 2;
            TenantScope.callAs(admin, () -> layout.setTarget(new LayoutTargetInput(t.code(), "COMMUNITY", 1, by)));
            TenantScope.callAs(admin, () -> layout.setTarget(new LayoutTargetInput(t.code(), "RESIDENTIAL",
                    Math.max(2, villages), by)));
            made += 2;
        }
        return made;
    }

    /**
     * The county's table from today: a meal costs 10.00; the county pays more the older the elder is, charity adds
     * 1.00 from 80; for special-hardship elders (extreme poverty, subsistence and near-subsistence) the city pays a
     * layer on top of the county's, and extreme poverty eats free.
     */
    NewSubsidyTable table() {
        List<NewSubsidyTable.Row> rows = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            boolean eighty = band.compareTo(AgeBand.FROM_80_TO_89) >= 0;
            BigDecimal charity = eighty ? BigDecimal.ONE : BigDecimal.ZERO;
            for (EconomicStatus status : EconomicStatus.values()) {
                BigDecimal county;
                BigDecimal city;
                switch (status) {
                    case EXTREME_POVERTY -> {
                        county = new BigDecimal("6");
                        city = new BigDecimal("4").subtract(charity);
                    }
                    case SUBSISTENCE -> {
                        county = new BigDecimal("6");
                        city = new BigDecimal("3");
                    }
                    case NEAR_SUBSISTENCE -> {
                        county = new BigDecimal("5");
                        city = new BigDecimal("2");
                    }
                    default -> {
                        county = switch (band) {
                            case FROM_60_TO_69 -> new BigDecimal("3");
                            case FROM_70_TO_79, FROM_80_TO_89 -> new BigDecimal("5");
                            case FROM_90 -> new BigDecimal("7");
                        };
                        city = BigDecimal.ZERO;
                    }
                }
                BigDecimal elder = PRICE.subtract(county).subtract(city).subtract(charity);
                rows.add(new NewSubsidyTable.Row(band.name(), status.name(), money(elder), money(county),
                        money(city), money(charity)));
            }
        }
        return new NewSubsidyTable(ChinaTime.today(clock), "老年助餐补助标准：县级按年龄段补助，80 岁以上慈善总会每餐补 1 元，"
                + "特困、低保、低保边缘老年人市级叠加补助", PRICE, rows);
    }

    /**
     * About {@value #ELDERS} elders of the villages of the sites that serve (or will again), shared out over those
     * sites as their home: special-hardship elders first, half of them daily, some with a special diet.
     */
    private int register(Caller desk, List<MealSiteView> made) {
        List<MealSiteView> homes = made.stream().filter(s -> !s.status().equals("PLANNED")).toList();
        if (homes.isEmpty()) {
            return 0;
        }
        Set<Long> taken = new HashSet<>();
        int registered = 0;
        for (int i = 0; i < homes.size(); i++) {
            MealSiteView site = homes.get(i);
            int perSite = ELDERS / homes.size() + (i < ELDERS % homes.size() ? 1 : 0);
            List<ElderView> people = new ArrayList<>(TenantScope.callAs(desk, () -> elders.searchElders(
                    new ElderQuery(null, null, null, site.villageCode(), "SPECIAL_HARDSHIP", null, null), 0, 2)
                    .elders()));
            people.addAll(TenantScope.callAs(desk, () -> elders.searchElders(
                    new ElderQuery(null, null, null, site.villageCode(), null, null, null), 0, 3 * perSite)
                    .elders()));
            int atSite = 0;
            for (ElderView e : people) {
                if (atSite == perSite) {
                    break;
                }
                if (!taken.add(e.id())) {
                    continue;
                }
                int n = registered;
                TenantScope.callAs(desk, () -> registrations.register(new RegisterForMeals(e.id(), site.id(),
                        DIETS[n % DIETS.length], n % 2 == 0)));
                atSite++;
                registered++;
            }
        }
        return registered;
    }

    private static BigDecimal nudge(BigDecimal degrees, double by) {
        return degrees.add(BigDecimal.valueOf(by)).setScale(6, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal yuan) {
        return Money.exact(yuan);
    }
}
