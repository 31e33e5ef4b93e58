package org.yiyang.elders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.elders.domain.ElderCategory;
import org.yiyang.elders.domain.ElderSearch;
import org.yiyang.elders.domain.ElderStatus;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.Caller;

/** Turns a list page's or an API client's query into a search of the register within the caller's scope. */
@ApplicationScoped
public class ElderSearches {

    @Inject
    PersonalDataProtector protector;

    @Inject
    Clock clock;

    /** The repository search for a query, limited to the caller's township where they have one. */
    public ElderSearch from(Caller caller, ElderQuery q) {
        Optional<byte[]> hash = Optional.empty();
        Optional<String> last4 = Optional.empty();
        String id = ElderRules.blankToNull(q.idNumber());
        if (id != null) {
            String s = id.toUpperCase(Locale.ROOT);
            if (s.matches("[0-9X]{4}")) {
                last4 = Optional.of(s);
            } else {
                hash = Optional.of(protector.lookupHash(IdCardNumber.parse(s, ChinaTime.today(clock)), caller.county().orElseThrow()));
            }
        }
        ElderSearch search = new ElderSearch(Optional.ofNullable(ElderRules.blankToNull(q.name())).map(String::strip), hash,
                last4, Optional.ofNullable(ElderRules.blankToNull(q.townshipCode())), Optional.ofNullable(ElderRules.blankToNull(q.villageCode())),
                Optional.ofNullable(ElderRules.parse(ElderCategory.class, q.category(), "category")),
                Optional.ofNullable(ElderRules.parse(AgeBand.class, q.ageBand(), "ageBand")),
                Optional.of(Optional.ofNullable(ElderRules.parse(ElderStatus.class, q.status(), "status")).orElse(ElderStatus.ACTIVE)));
        Optional<String> township = Access.townshipScope(caller);
        if (township.isPresent()) {
            if (search.townshipCode().isPresent() && !search.townshipCode().equals(township)) {
                throw DomainException.forbidden("access.otherTownship");
            }
            search = search.inTownship(township.get());
        }
        return search;
    }

}
