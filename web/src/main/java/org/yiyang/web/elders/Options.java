package org.yiyang.web.elders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.elders.domain.ElderCategory;
import org.yiyang.elders.domain.ElderStatus;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.SelfCareAbility;

/** The choices of the registry's select boxes (labels come from the {@code lbl} bundle). */
@Named
@ApplicationScoped
public class Options {

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    public List<String> getLivingArrangements() {
        return names(LivingArrangement.values());
    }

    public List<String> getSelfCares() {
        return names(SelfCareAbility.values());
    }

    public List<String> getDisabilityTypes() {
        return names(DisabilityType.values());
    }

    public List<String> getEconomicStatuses() {
        return names(EconomicStatus.values());
    }

    public List<String> getCategories() {
        return names(ElderCategory.values());
    }

    public List<String> getAgeBands() {
        return names(AgeBand.values());
    }

    public List<String> getStatuses() {
        return names(ElderStatus.values());
    }

    public List<Integer> getDisabilityGrades() {
        return List.of(1, 2, 3, 4);
    }
}
