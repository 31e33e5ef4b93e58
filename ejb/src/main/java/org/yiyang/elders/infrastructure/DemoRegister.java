package org.yiyang.elders.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.yiyang.coverage.application.CoverageFigures;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Village;

/**
 * A realistic, reproducible demo register for one county (run command only): the same seed gives the same
 * people. Ages follow the shape of a Shandong county's 60+ population; ID numbers are well-formed but
 * synthetic (sequence numbers from 900).
 */
@Stateless
public class DemoRegister {

    /** Ages are computed against this fixed day so that the register is the same every time. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 1);

    @Inject
    ElderRepository elders;

    @Inject
    PlaceDirectory places;

    @Inject
    PersonalDataProtector protector;

    @Inject
    CoverageFigures coverage;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    /** Registers {@code count} demo elders in the current county unless it has elders already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seedIfEmpty(int count) {
        String county = TenantScope.requireCounty();
        List<Village> villages = places.villages();
        if (elders.count() > 0 || villages.isEmpty()) {
            return 0;
        }
        List<String> surnames = words("surnames.txt");
        List<String> female = words("given-female.txt");
        List<String> male = words("given-male.txt");
        Random random = new Random(Long.parseLong(county));
        Set<String> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            LocalDate birth = REFERENCE_DAY.minusYears(age(random)).minusDays(random.nextInt(365));
            boolean isMale = random.nextInt(100) < (birth.isBefore(REFERENCE_DAY.minusYears(80)) ? 40 : 48);
            IdCardNumber id = uniqueNumber(county, birth, isMale, random, used);
            String name = surnames.get(random.nextInt(surnames.size()))
                    + (isMale ? male.get(random.nextInt(male.size())) : female.get(random.nextInt(female.size())));
            Village village = villages.get(random.nextInt(villages.size()));
            elders.store(new Elder(name, protector.protect(id, county), id.birthDate(), id.sex(), village, "demo",
                    clock.instant()));
            if (i % 50 == 49) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        coverage.eldersAdded(county, count);
        audit.record("DEMO_DATA_LOADED", "county", county, "elders=" + count);
        return count;
    }

    /** 60-69: 55 %, 70-79: 30 %, 80-89: 12 %, 90-100: 3 %. */
    private static int age(Random r) {
        int p = r.nextInt(100);
        if (p < 55) {
            return 60 + r.nextInt(10);
        }
        if (p < 85) {
            return 70 + r.nextInt(10);
        }
        if (p < 97) {
            return 80 + r.nextInt(10);
        }
        return 90 + r.nextInt(11);
    }

    private static IdCardNumber uniqueNumber(String county, LocalDate birth, boolean male, Random r, Set<String> used) {
        while (true) {
            int seq = 900 + r.nextInt(50) * 2 + (male ? 1 : 0);
            String first17 = county + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth()) + seq;
            String number = first17 + IdCardNumber.checkCharacter(first17);
            if (used.add(number)) {
                return IdCardNumber.parse(number, REFERENCE_DAY);
            }
            birth = birth.minusDays(1);
        }
    }

    private static List<String> words(String file) {
        try (InputStream in = DemoRegister.class.getResourceAsStream("/org/yiyang/elders/demo/" + file)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
