package org.yiyang.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The counties the integration tests work in, with the prefix of their accounts ({@code bc-admin}, …), the
 * township their demo provider serves and a village in it.
 *
 * <p>滨城区 and 惠民县 are the demo counties most tests read. <b>沾化区 (371603) is the test-only county for
 * county-wide changes</b>: a test that changes a policy, a catalog price or a service price does it there, and no
 * test reads 沾化区's settings expecting their defaults. Its places and accounts exist only in the test run:
 * the accounts are created in the test Keycloak through its admin API ({@link #accounts()}, by
 * {@link TestEnvironment}); its townships and villages are put into the test database on first use
 * ({@link #of(String)}), since the platform has no onboarding page yet.
 */
public final class Counties {

    /** A county as the tests use it. */
    public record County(String code, String prefix, String township, String village, String otherVillage) {

        public String user(String role) {
            return prefix + "-" + role;
        }

        public String admin() {
            return user("admin");
        }

        public String staff() {
            return user("staff");
        }
    }

    public static final County BC = new County("371602", "bc", "371602001000", "371602001001", "371602003201");
    public static final County HM = new County("371621", "hm", "371621001000", "371621001025", null);
    /** 沾化区: the test-only county in which tests change county-wide state. */
    public static final County ZH = new County("371603", "zh", "371603901000", "371603901001", "371603902001");

    private static final Map<String, County> BY_CODE = Map.of(BC.code(), BC, HM.code(), HM, ZH.code(), ZH);
    private static volatile boolean zhPlaces;

    private Counties() {
    }

    /** The county of a code, its test places created first where they are the test run's own. */
    public static County of(String code) {
        County c = BY_CODE.get(code);
        if (c == null) {
            throw new IllegalArgumentException("not a test county: " + code);
        }
        if (c == ZH) {
            ensurePlacesOfZhanhua();
        }
        return c;
    }

    /** A test account: username, realm role and the attributes that become its claims. */
    public record Account(String username, String role, Map<String, String> attributes) {
    }

    /** The test run's own accounts: those of 沾化区 (as the realm file has them for the demo counties) and more. */
    public static List<Account> accounts() {
        String county = ZH.code();
        return List.of(
                new Account("zh-admin", "county-admin", Map.of("county", county)),
                new Account("zh-staff", "county-staff", Map.of("county", county)),
                new Account("zh-township", "township-staff", Map.of("county", county, "township", ZH.township())),
                new Account("zh-assistant", "village-assistant", Map.of("county", county, "township", ZH.township())),
                new Account("zh-assistant-2", "village-assistant", Map.of("county", county, "township", "371603902000")),
                new Account("zh-provider-admin", "provider-admin", Map.of("county", county, "provider", county + "-P01")),
                new Account("zh-provider-staff", "provider-staff", Map.of("county", county, "provider", county + "-P01")),
                // township staff of 滨城区's 北镇街道, where elders move in the household tests
                new Account("bc-beizhen", "township-staff", Map.of("county", BC.code(), "township", "371602003000")),
                // 惠民县's provider that only the settlement test gives work to (Orders.settlementProvider())
                new Account("hm-p09-admin", "provider-admin", Map.of("county", HM.code(), "provider", HM.code() + "-P09")),
                new Account("hm-p09-staff", "provider-staff", Map.of("county", HM.code(), "provider", HM.code() + "-P09")));
    }

    private static synchronized void ensurePlacesOfZhanhua() {
        if (zhPlaces) {
            return;
        }
        try (Connection c = Db.connect()) {
            insert(c, "INSERT IGNORE INTO tenancy_township (code, county_code, name, kind) VALUES (?, ?, ?, 'STREET')",
                    "371603901000", ZH.code(), "测试一街道");
            insert(c, "INSERT IGNORE INTO tenancy_township (code, county_code, name, kind) VALUES (?, ?, ?, 'STREET')",
                    "371603902000", ZH.code(), "测试二街道");
            insert(c, "INSERT IGNORE INTO tenancy_village (code, county_code, township_code, name, urban) "
                    + "VALUES (?, ?, ?, ?, TRUE)", ZH.village(), ZH.code(), ZH.township(), "测试一社区");
            insert(c, "INSERT IGNORE INTO tenancy_village (code, county_code, township_code, name, urban) "
                    + "VALUES (?, ?, ?, ?, TRUE)", ZH.otherVillage(), ZH.code(), "371603902000", "测试二社区");
        } catch (SQLException e) {
            throw new IllegalStateException("the places of the test county 371603 could not be created", e);
        }
        zhPlaces = true;
    }

    private static void insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
