package org.yiyang.elders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.hibernate.Session;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.Household;
import org.yiyang.elders.domain.HouseholdRepository;
import org.yiyang.elders.domain.NewElder;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.TenantScope;

/**
 * Writes many validated elders with their households in the caller's transaction, in JDBC batches
 * (Hibernate batching with pooled sequence ids), clearing the persistence context as it goes.
 */
@ApplicationScoped
public class BulkRegistration {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    HouseholdRepository households;

    @Inject
    PersonalDataProtector protector;

    /**
     * @param progress told how many elders are written so far (every chunk)
     * @return the number of elders written
     */
    public int register(List<NewElder> rows, String by, Instant at, IntConsumer progress) {
        String county = TenantScope.requireCounty();
        em.unwrap(Session.class).setJdbcBatchSize(CHUNK);
        Map<String, Household> householdsByKey = new HashMap<>();
        int written = 0;
        for (NewElder row : rows) {
            Household household = householdsByKey.get(row.householdKey());
            if (household == null) {
                household = row.householdNo() == null ? null : households.findByNumber(row.householdNo()).orElse(null);
                if (household == null) {
                    household = new Household(row.householdNo(), row.village(), row.address(), by, at);
                    em.persist(household);
                }
                householdsByKey.put(row.householdKey(), household);
            }
            Elder elder = new Elder(row.name(), protector.protect(row.idNumber(), county), row.idNumber().birthDate(),
                    row.idNumber().sex(), household, row.profile(), by, at);
            em.persist(elder);
            written++;
            if (written % CHUNK == 0) {
                em.flush();
                em.clear();
                progress.accept(written);
            }
        }
        em.flush();
        em.clear();
        progress.accept(written);
        return written;
    }
}
