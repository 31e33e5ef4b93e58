package org.yiyang.elders.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderProfile;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.Household;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/** Elders and villages as views, with the names of their township and village looked up once per call. */
@Dependent
class ElderViews {

    @Inject
    ElderRepository elders;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    /** A list page's rows. */
    List<ElderView> views(List<Elder> list) {
        PlaceNames names = new PlaceNames();
        return list.stream().map(e -> view(e, names)).toList();
    }

    /** The villages as registration options, each with its township's name. */
    List<VillageOption> villageOptions(List<Village> villages) {
        PlaceNames names = new PlaceNames();
        return villages.stream()
                .map(v -> new VillageOption(v.code(), v.name(), v.townshipCode(), names.township(v.townshipCode())))
                .toList();
    }

    /** One elder's full record, with the members of their household. */
    ElderDetailView detail(Elder e) {
        PlaceNames names = new PlaceNames();
        Household h = e.household();
        ElderProfile p = e.profile();
        List<HouseholdMemberView> members = elders.membersOf(h.id()).stream()
                .map(m -> new HouseholdMemberView(m.id(), m.name(), m.idNumberMasked(), m.ageOn(today()))).toList();
        return new ElderDetailView(e.id(), e.name(), e.idNumberMasked(), e.birthDate(), e.ageOn(today()),
                e.sex().name(), e.townshipCode(), names.township(e.townshipCode()), e.villageCode(),
                names.village(e.villageCode()), h.id(), h.householdNo(), h.address(), members, p.phone(),
                p.emergencyContactName(), p.emergencyContactPhone(), p.emergencyContactRelation(),
                ElderRules.name(p.livingArrangement()), ElderRules.name(p.selfCare()), p.disabilityGrade(), ElderRules.name(p.disabilityType()),
                ElderRules.name(p.economicStatus()), p.familyPlanningSpecial(), p.widowedChildless(),
                e.categoriesOn(today()).stream().map(Enum::name).toList(), e.status().name(), e.version(),
                e.createdAt(), e.createdBy(), e.updatedAt(), e.updatedBy());
    }

    private ElderView view(Elder e, PlaceNames names) {
        return new ElderView(e.id(), e.name(), e.idNumberMasked(), e.birthDate(), e.ageOn(today()), e.sex().name(),
                e.townshipCode(), names.township(e.townshipCode()), e.villageCode(), names.village(e.villageCode()),
                e.categoriesOn(today()).stream().map(Enum::name).toList(), e.status().name(), e.version());
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    /** Place names looked up once per use case. */
    private final class PlaceNames {
        private final Map<String, String> townships = new HashMap<>();
        private final Map<String, String> villages = new HashMap<>();

        String township(String code) {
            return townships.computeIfAbsent(code, c -> places.township(c).map(Township::name).orElse(c));
        }

        String village(String code) {
            return villages.computeIfAbsent(code, c -> places.village(c).map(Village::name).orElse(c));
        }
    }
}
