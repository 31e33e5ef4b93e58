package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.timebank.domain.Proxy;
import org.yiyang.timebank.domain.ProxyRelation;
import org.yiyang.timebank.domain.ProxyRepository;
import org.yiyang.timebank.domain.Volunteer;

/**
 * Elders' named proxies (代办人): the registry's users (bureau, township office, grid worker) name the account of a
 * family member or the grid worker who acts for an elder of their reach, and end it with a reason. What a proxy does
 * is recorded as done by proxy.
 */
@Stateless
public class Proxies {

    static final int MAX_LIST = 500;

    @Inject
    ProxyRepository proxies;

    @Inject
    ElderDirectory elders;

    @Inject
    TimebankScope scope;

    @Inject
    TimebankViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ProxyView name(NameProxy in) {
        Caller caller = Access.requireRegistryUser();
        if (in.elderId() == null) {
            throw DomainException.invalid("elderId", "timebank.proxy.elder.required");
        }
        ElderRef elder = elders.findInReach(caller, in.elderId()).filter(ElderRef::active).orElseThrow(() ->
                DomainException.invalid("elderId", "elder.notFound", String.valueOf(in.elderId())));
        String username = Inputs.text(in.username(), Volunteer.MAX_USERNAME, "username");
        if (username == null) {
            throw DomainException.invalid("username", "timebank.proxy.username.required");
        }
        ProxyRelation relation = Inputs.parse(ProxyRelation.class, in.relation(), "relation");
        if (relation == null) {
            throw DomainException.invalid("relation", "timebank.proxy.relation.required");
        }
        String name = Inputs.text(in.name(), Proxy.MAX_NAME, "name");
        Instant now = clock.instant();
        Optional<Proxy> earlier = proxies.of(elder.id(), username);
        Proxy p;
        if (earlier.isPresent()) {
            p = earlier.get();
            p.renew(name, relation, caller.username(), now);
        } else {
            p = new Proxy(elder.id(), username, name, relation, caller.username(), now);
            try {
                proxies.store(p);
            } catch (PersistenceException concurrent) {
                throw DomainException.conflict("timebank.proxy.exists");
            }
        }
        audit.record("TIMEBANK_PROXY_NAMED", "proxy", p.id(), username + " (" + relation + ") for elder "
                + elder.id());
        return views.proxy(p);
    }

    public ProxyView end(long id, String reason) {
        Caller caller = Access.requireRegistryUser();
        Proxy p = scope.proxy(caller, id, elder -> elders.findInReach(caller, elder).isPresent());
        String why = Inputs.reason(reason);
        p.end(why, caller.username(), clock.instant());
        audit.record("TIMEBANK_PROXY_ENDED", "proxy", p.id(), why);
        return views.proxy(p);
    }

    public ProxyView proxy(long id) {
        Caller caller = Access.requireRegistryUser();
        return views.proxy(scope.proxy(caller, id, elder -> elders.findInReach(caller, elder).isPresent()));
    }

    /** Proxies of elders in the caller's reach (of one elder, or all), active ones unless all are asked for. */
    public List<ProxyView> proxies(Long elderId, boolean all) {
        Caller caller = Access.requireRegistryUser();
        return proxies.search(Optional.ofNullable(elderId), !all, MAX_LIST).stream()
                .filter(p -> elders.findInReach(caller, p.elderId()).isPresent()).map(views::proxy).toList();
    }
}
