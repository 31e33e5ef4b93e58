package org.yiyang.demo.renovation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderQuery;
import org.yiyang.elders.application.ElderView;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.renovation.application.Application;
import org.yiyang.renovation.application.ItemChoice;
import org.yiyang.renovation.application.PlanQuery;
import org.yiyang.renovation.application.PlanView;
import org.yiyang.renovation.application.Applications;
import org.yiyang.renovation.application.Approvals;
import org.yiyang.renovation.application.Assessments;
import org.yiyang.renovation.application.PlanBoard;
import org.yiyang.renovation.application.PlanPhotos;
import org.yiyang.renovation.application.Works;
import org.yiyang.demo.DemoCallers;
import org.yiyang.demo.DemoSeed;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * Demo renovation plans of a county in every status, made through the real use cases by the roles that own
 * each step (grid worker, assessor, county administrator, contractor, township staff).
 */
@ApplicationScoped
public class DemoRenovations implements DemoSeed {

    @Inject
    Applications applications;

    @Inject
    Assessments assessments;

    @Inject
    Approvals approvals;

    @Inject
    Works works;

    @Inject
    PlanPhotos photos;

    @Inject
    PlanBoard board;

    @Inject
    ElderQueries elders;

    @Inject
    ProviderDirectory providers;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String seed(DemoCounty county) {
        int made = seedIfEmpty(county.code(), county.accountPrefix());
        return made == 0 ? "" : made + " renovation plans";
    }

    /** Seeds the county's demo plans unless it has plans already; returns the plans made. */
    int seedIfEmpty(String county, String prefix) {
        Caller admin = caller(prefix + "-admin", county, Role.COUNTY_ADMIN, null, null);
        if (TenantScope.callAs(admin, () -> board.search(PlanQuery.ALL, 0, 1)).total() > 0) {
            return 0;
        }
        String contractorCode = county + "-P01";
        Optional<Long> contractor = TenantScope.callAs(admin, () -> providers.findByCode(contractorCode))
                .map(p -> p.id());
        if (contractor.isEmpty()) {
            return 0;
        }
        Caller assessor = caller(prefix + "-staff", county, Role.COUNTY_STAFF, null, null);
        Caller builder = caller(prefix + "-provider-admin", county, Role.PROVIDER_ADMIN, null, contractorCode);
        List<ElderView> people = TenantScope.callAs(assessor, () -> elders.searchElders(
                new ElderQuery(null, null, null, null, "SPECIAL_HARDSHIP", null, null), 20, 8).elders());
        String[][] plans = {
                {"B01:2", "B02:1", "B04:2", "R02:2"},
                {"F01:12", "F02:2", "F03:6"},
                {"K01:1", "K02:1", "S01:1", "S03:2"},
                {"B05:1", "R03:1", "S02:1"},
                {"B01:3", "B03:1", "L01:2", "L02:4"},
                {"F02:1", "R01:1", "S04:1"},
                {"S01:1", "S03:1"},
                {"B02:1"}};
        byte[] before = photo(new Color(0x9E, 0x8E, 0x7A));
        byte[] after = photo(new Color(0x5C, 0x9E, 0x8A));
        int made = 0;
        for (int i = 0; i < people.size() && i < plans.length; i++) {
            ElderView e = people.get(i);
            Caller assistant = caller(prefix + "-assistant", county, Role.VILLAGE_ASSISTANT, e.townshipCode(), null);
            Caller township = caller(prefix + "-township", county, Role.TOWNSHIP_STAFF, e.townshipCode(), null);
            PlanView p = TenantScope.callAs(assistant, () -> applications.apply(new Application(e.id(), "ASSISTANT",
                    null, null, "老人行动不便，卫生间和卧室需要加装扶手。")));
            made++;
            long id = p.id();
            int stage = i % 8;
            if (stage == 7) {
                TenantScope.callAs(admin, () -> approvals.reject(id, "申请人已于上年度享受同类补贴，本次不予受理。"));
                continue;
            }
            if (stage >= 1) {
                List<ItemChoice> items = java.util.Arrays.stream(plans[i]).map(s -> s.split(":"))
                        .map(s -> new ItemChoice(s[0], Integer.valueOf(s[1]))).toList();
                TenantScope.callAs(assessor, () -> assessments.assess(id, items, "入户评估：地面湿滑，如厕起身困难。"));
            }
            if (stage >= 2) {
                TenantScope.callAs(admin, () -> approvals.approve(id, contractor.get()));
            }
            if (stage >= 3) {
                TenantScope.callAs(builder, () -> photos.attach(id, "BEFORE", "改造前.png", before));
                TenantScope.callAs(builder, () -> works.start(id));
            }
            if (stage >= 4) {
                TenantScope.callAs(builder, () -> photos.attach(id, "AFTER", "改造后.png", after));
                TenantScope.callAs(builder, () -> works.complete(id, "已按方案完成安装，老人试用正常。"));
            }
            if (stage >= 5) {
                TenantScope.callAs(township, () -> works.accept(id, "现场验收合格。"));
            }
            if (stage >= 6) {
                TenantScope.callAs(admin, () -> works.settle(id));
            }
        }
        return made;
    }

    /** A plain demo picture. */
    private static byte[] photo(Color colour) {
        BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillRect(80, 300, 480, 24);
        g.fillRect(300, 120, 24, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Caller caller(String username, String county, Role role, String township, String provider) {
        return DemoCallers.of(username, county, role, township, provider);
    }
}
