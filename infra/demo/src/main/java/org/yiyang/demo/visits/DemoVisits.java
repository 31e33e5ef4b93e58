package org.yiyang.demo.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.demo.DemoCallers;
import org.yiyang.demo.DemoSeed;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderQuery;
import org.yiyang.elders.application.ElderView;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.application.EnrolInput;
import org.yiyang.visits.application.EnrolmentView;
import org.yiyang.visits.application.Enrolments;
import org.yiyang.visits.application.VisitInput;
import org.yiyang.visits.application.VisitRecords;

/**
 * Demo enrolments: special-hardship elders of the demo grid worker's township enrolled with the grid worker as
 * visitor (tiers as the rules suggest), some visited already — through the real use cases, each in its own
 * transaction as when people use the portal.
 */
@ApplicationScoped
public class DemoVisits implements DemoSeed {

    @Inject
    Enrolments enrolments;

    @Inject
    VisitRecords visits;

    @Inject
    ElderQueries elders;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String seed(DemoCounty county) {
        String township = county.code() + "001000";
        int made = seedIfEmpty(county.code(), county.accountPrefix(), township);
        return made == 0 ? "" : made + " elders enrolled in regular visits in " + township;
    }

    /** Seeds the county's demo enrolments unless the township has some; returns how many were made. */
    int seedIfEmpty(String county, String prefix, String township) {
        Caller staff = DemoCallers.of(prefix + "-township", county, Role.TOWNSHIP_STAFF, township, null);
        if (alreadyEnrolled(staff, township)) {
            return 0;
        }
        List<ElderView> people = TenantScope.callAs(staff, () -> elders.searchElders(new ElderQuery(null, null, township,
                null, "SPECIAL_HARDSHIP", null, null), 0, 12).elders());
        Caller visitor = DemoCallers.of(prefix + "-assistant", county, Role.VILLAGE_ASSISTANT, township, null);
        int made = 0;
        for (int n = 0; n < people.size(); n++) {
            final int i = n;
            ElderView e = people.get(i);
            EnrolmentView en = TenantScope.callAs(staff, () -> enrolments.enrol(new EnrolInput(e.id(), false, null, null,
                    prefix + "-assistant", "刘网格", "13905439999", i % 3 == 0 ? "王桂芝" : null,
                    i % 3 == 0 ? "13905438888" : null, i % 3 == 0 ? "每日送餐，每周打扫两次" : null, null, null)));
            made++;
            if (i % 2 == 0) {
                TenantScope.callAs(visitor, () -> visits.recordVisit(en.id(), new VisitInput(null, "HOME",
                        "精神尚可", "居住整洁", i % 4 == 0 ? "卫生间地滑" : null, null, "需要助餐", null)));
            }
        }
        return made;
    }

    private boolean alreadyEnrolled(Caller staff, String township) {
        List<ElderView> first = TenantScope.callAs(staff, () -> elders.searchElders(new ElderQuery(null, null, township,
                null, "SPECIAL_HARDSHIP", null, null), 0, 1).elders());
        return first.isEmpty() || TenantScope.callAs(staff, () -> enrolments.enrolmentOfElder(first.get(0).id())).isPresent();
    }
}
