package org.yiyang.demo.elders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yiyang.demo.DemoCallers;
import org.yiyang.demo.DemoSeed;
import org.yiyang.elders.application.ElderImports;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ImportReportView;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/**
 * A realistic, reproducible demo register for one county: the same seed gives the same people, imported as a
 * county administrator would import a township's register file (the import's columns and English values). Ages,
 * living situations, self-care, disability and economic status follow the shape of a Shandong county's 60+
 * population; a third of households are couples. ID numbers are well-formed but synthetic (sequence numbers from
 * 900), phone numbers too.
 */
@ApplicationScoped
public class DemoRegister implements DemoSeed {

    /** Ages are computed against this fixed day so that the register is the same every time. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 1);

    static final String HEADER = "name,idNumber,townshipName,villageCode,villageName,householdNo,address,phone,"
            + "emergencyContactName,emergencyContactPhone,emergencyContactRelation,livingArrangement,selfCare,"
            + "disabilityGrade,disabilityType,economicStatus,familyPlanningSpecial,widowedChildless";

    @Inject
    ElderImports imports;

    @Inject
    ElderQueries queries;

    @Inject
    PlaceDirectory places;

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String seed(DemoCounty county) {
        Caller admin = DemoCallers.of(county.accountPrefix() + "-admin", county.code(), Role.COUNTY_ADMIN);
        if (TenantScope.callAs(admin, queries::countElders) > 0) {
            return "";
        }
        List<Village> villages = TenantScope.callAs(admin, places::villages);
        if (villages.isEmpty()) {
            return "";
        }
        Map<String, String> townships = TenantScope.callAs(admin, places::townships).stream()
                .collect(Collectors.toMap(Township::code, Township::name));
        byte[] file = register(county, villages, townships::get);
        ImportReportView checked = TenantScope.callAs(admin, () -> imports.upload("演示花名册.csv", file, n -> { }));
        if (checked.errorCount() > 0) {
            throw new IllegalStateException("the demo register has " + checked.errorCount() + " errors: "
                    + checked.errors());
        }
        ImportReportView done = TenantScope.callAs(admin, () -> imports.commit(checked.id(), n -> { }));
        return done.imported() + " elders imported";
    }

    /** The county's demo register as a CSV file. */
    static byte[] register(DemoCounty county, List<Village> villages, Function<String, String> townshipName) {
        Words w = new Words();
        Random r = new Random(Long.parseLong(county.code()));
        Set<String> used = new HashSet<>();
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        int rows = 0;
        int household = 0;
        while (rows < county.elders()) {
            household++;
            Village village = villages.get(r.nextInt(villages.size()));
            String address = String.format(w.addressPattern, village.name(), 1 + r.nextInt(300));
            Place place = new Place(townshipName.apply(village.townshipCode()), village, "DEMO" + household, address);
            boolean couple = r.nextInt(100) < 32;
            LocalDate birth = REFERENCE_DAY.minusYears(age(r)).minusDays(r.nextInt(365));
            boolean male = r.nextInt(100) < (birth.isBefore(REFERENCE_DAY.minusYears(80)) ? 40 : 48);
            row(csv, w, r, county.code(), used, birth, male, couple, place);
            rows++;
            if (couple && rows < county.elders()) {
                LocalDate spouse = birth.plusDays(r.nextInt(2000) - 1000);
                if (spouse.isAfter(REFERENCE_DAY.minusYears(60))) {
                    spouse = REFERENCE_DAY.minusYears(60).minusDays(r.nextInt(300));
                }
                row(csv, w, r, county.code(), used, spouse, !male, true, place);
                rows++;
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Place(String townshipName, Village village, String householdNo, String address) {
    }

    private static void row(StringBuilder csv, Words w, Random r, String county, Set<String> used, LocalDate birth,
                            boolean male, boolean couple, Place place) {
        String id = uniqueNumber(county, birth, male, r, used);
        String name = w.surname(r) + (male ? w.pick(w.male, r) : w.pick(w.female, r));
        int age = REFERENCE_DAY.getYear() - birth.getYear();
        String living = couple ? (r.nextInt(100) < 75 ? "WITH_SPOUSE" : "WITH_CHILDREN")
                : pick(r, new int[] {40, 45, 15}, "ALONE", "WITH_CHILDREN", "WITH_OTHERS");
        int frail = age >= 85 ? 35 : age >= 75 ? 18 : 8;
        String selfCare = r.nextInt(100) >= frail ? "INDEPENDENT" : r.nextInt(100) < 65 ? "PARTIAL" : "DEPENDENT";
        Integer grade = r.nextInt(100) < 8 ? 1 + r.nextInt(4) : null;
        String type = grade == null ? "" : DisabilityType.values()[r.nextInt(DisabilityType.values().length)].name();
        String economic = pick(r, new int[] {2, 8, 5, 85}, "EXTREME_POVERTY", "SUBSISTENCE", "NEAR_SUBSISTENCE",
                "NONE");
        boolean widowedChildless = living.equals("ALONE") && r.nextInt(100) < 10;
        boolean familyPlanning = r.nextInt(1000) < 15;
        String phone = r.nextInt(100) < 70 ? "13" + (100000000 + r.nextInt(900000000)) : "";
        boolean contact = r.nextInt(100) < 80;
        String contactName = contact ? w.surname(r) + w.pick(w.male, r) : "";
        String contactPhone = contact ? "15" + (100000000 + r.nextInt(900000000)) : "";
        String relation = contact ? w.pick(w.relations, r) : "";
        List<String> cells = List.of(name, id, place.townshipName(), place.village().code(), place.village().name(),
                place.householdNo(), place.address(), phone, contactName, contactPhone, relation, living, selfCare,
                grade == null ? "" : grade.toString(), type, economic, String.valueOf(familyPlanning),
                String.valueOf(widowedChildless));
        csv.append(cells.stream().map(DemoRegister::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
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

    private static String uniqueNumber(String county, LocalDate birth, boolean male, Random r, Set<String> used) {
        LocalDate day = birth;
        while (true) {
            int seq = 900 + r.nextInt(50) * 2 + (male ? 1 : 0);
            String first17 = county + String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth()) + seq;
            String number = first17 + IdCardNumber.checkCharacter(first17);
            if (used.add(number)) {
                return number;
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
            try (InputStream in = DemoRegister.class.getResourceAsStream("/org/yiyang/demo/elders/address.properties")) {
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
            try (InputStream in = DemoRegister.class.getResourceAsStream("/org/yiyang/demo/elders/" + file)) {
                return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
