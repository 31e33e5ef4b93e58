package org.yiyang.elders.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.elders.domain.EconomicStatus;
import org.yiyang.elders.domain.ElderProfile;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.elders.domain.NewElder;
import org.yiyang.shared.domain.SelfCareAbility;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Village;

/**
 * A realistic, reproducible demo register for one county (run command only): the same seed gives the same
 * people. Ages, living situations, self-care, disability and economic status follow the shape of a
 * Shandong county's 60+ population; a third of households are couples. ID numbers are well-formed but
 * synthetic (sequence numbers from 900), phone numbers too.
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
    BulkRegistration bulk;

    @Inject
    jakarta.enterprise.event.Event<org.yiyang.elders.application.ElderCountChanged> elderCount;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Registers about {@code count} demo elders in the current county unless it has elders already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seedIfEmpty(int count) {
        String county = TenantScope.requireCounty();
        List<Village> villages = places.villages();
        if (elders.count() > 0 || villages.isEmpty()) {
            return 0;
        }
        Words w = new Words();
        Random r = new Random(Long.parseLong(county));
        Set<String> used = new HashSet<>();
        List<NewElder> rows = new ArrayList<>();
        int household = 0;
        while (rows.size() < count) {
            household++;
            Village village = villages.get(r.nextInt(villages.size()));
            String address = String.format(w.addressPattern, village.name(), 1 + r.nextInt(300));
            String key = "demo-" + household;
            boolean couple = r.nextInt(100) < 32;
            LocalDate birth = REFERENCE_DAY.minusYears(age(r)).minusDays(r.nextInt(365));
            boolean male = r.nextInt(100) < (birth.isBefore(REFERENCE_DAY.minusYears(80)) ? 40 : 48);
            rows.add(elder(w, r, county, used, birth, male, couple, key, village, address));
            if (couple && rows.size() < count) {
                LocalDate spouse = birth.plusDays(r.nextInt(2000) - 1000);
                if (spouse.isAfter(REFERENCE_DAY.minusYears(60))) {
                    spouse = REFERENCE_DAY.minusYears(60).minusDays(r.nextInt(300));
                }
                rows.add(elder(w, r, county, used, spouse, !male, true, key, village, address));
            }
        }
        int written = bulk.register(rows, "demo", clock.instant(), n -> { });
        elderCount.fire(new org.yiyang.elders.application.ElderCountChanged(county, written));
        audit.record("DEMO_DATA_LOADED", "county", county, "elders=" + written + ", households=" + household);
        return written;
    }

    private NewElder elder(Words w, Random r, String county, Set<String> used, LocalDate birth, boolean male,
                           boolean couple, String key, Village village, String address) {
        IdCardNumber id = uniqueNumber(county, birth, male, r, used);
        String name = w.surname(r) + (male ? w.pick(w.male, r) : w.pick(w.female, r));
        int age = REFERENCE_DAY.getYear() - birth.getYear();
        LivingArrangement living = couple ? (r.nextInt(100) < 75 ? LivingArrangement.WITH_SPOUSE
                : LivingArrangement.WITH_CHILDREN)
                : pick(r, new int[] {40, 45, 15}, LivingArrangement.ALONE, LivingArrangement.WITH_CHILDREN,
                        LivingArrangement.WITH_OTHERS);
        int frail = age >= 85 ? 35 : age >= 75 ? 18 : 8;
        SelfCareAbility selfCare = r.nextInt(100) >= frail ? SelfCareAbility.INDEPENDENT
                : r.nextInt(100) < 65 ? SelfCareAbility.PARTIAL : SelfCareAbility.DEPENDENT;
        Integer grade = r.nextInt(100) < 8 ? 1 + r.nextInt(4) : null;
        DisabilityType type = grade == null ? null : DisabilityType.values()[r.nextInt(DisabilityType.values().length)];
        EconomicStatus economic = pick(r, new int[] {2, 8, 5, 85}, EconomicStatus.EXTREME_POVERTY,
                EconomicStatus.SUBSISTENCE, EconomicStatus.NEAR_SUBSISTENCE, EconomicStatus.NONE);
        boolean widowedChildless = living == LivingArrangement.ALONE && r.nextInt(100) < 10;
        boolean familyPlanning = r.nextInt(1000) < 15;
        String phone = r.nextInt(100) < 70 ? "13" + (100000000 + r.nextInt(900000000)) : null;
        boolean contact = r.nextInt(100) < 80;
        ElderProfile profile = ElderProfile.of(phone, contact ? w.surname(r) + w.pick(w.male, r) : null,
                contact ? "15" + (100000000 + r.nextInt(900000000)) : null, contact ? w.pick(w.relations, r) : null,
                living, selfCare, grade, type, economic, familyPlanning, widowedChildless);
        return new NewElder(name, id, profile, key, null, village, address);
    }

    @SafeVarargs
    private static <T> T pick(Random r, int[] percents, T... values) {
        int p = r.nextInt(100);
        int acc = 0;
        for (int i = 0; i < values.length; i++) {
            acc += percents[i];
            if (p < acc) {
                return values[i];
            }
        }
        return values[values.length - 1];
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
        LocalDate day = birth;
        while (true) {
            int seq = 900 + r.nextInt(50) * 2 + (male ? 1 : 0);
            String first17 = county + String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth()) + seq;
            String number = first17 + IdCardNumber.checkCharacter(first17);
            if (used.add(number)) {
                return IdCardNumber.parse(number, REFERENCE_DAY);
            }
            day = day.minusDays(1);
        }
    }

    /** Names, relations and the address pattern, from resource files (no Chinese text in code). */
    private static final class Words {
        final List<String> surnames = words("surnames.txt");
        final List<String> female = words("given-female.txt");
        final List<String> male = words("given-male.txt");
        final List<String> relations = words("relations.txt");
        final String addressPattern;

        Words() {
            Properties p = new Properties();
            try (InputStream in = DemoRegister.class.getResourceAsStream("/org/yiyang/elders/demo/address.properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            addressPattern = p.getProperty("address");
        }

        String surname(Random r) {
            return pick(surnames, r);
        }

        String pick(List<String> list, Random r) {
            return list.get(r.nextInt(list.size()));
        }

        private static List<String> words(String file) {
            try (InputStream in = DemoRegister.class.getResourceAsStream("/org/yiyang/elders/demo/" + file)) {
                return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
