package org.yiyang.elders.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.elders.infrastructure.RegisterFile;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.TownshipKind;
import org.yiyang.tenancy.domain.Village;

class ImportValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final List<Township> TOWNSHIPS = List.of(new Township("371602001000", "市中街道", TownshipKind.STREET),
            new Township("371602003000", "北镇街道", TownshipKind.STREET));
    static final List<Village> VILLAGES = List.of(new Village("371602001001", "371602001000", "新苑社区", true),
            new Village("371602001002", "371602001000", "滨河社区", true),
            new Village("371602003201", "371602003000", "滨河社区", false));

    static String id(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    static ImportValidator.Result validate(String csv, List<String> registered) {
        ImportValidator v = new ImportValidator(new ImportValidator.Context(VILLAGES, TOWNSHIPS, TODAY,
                n -> n.value().getBytes(StandardCharsets.US_ASCII),
                hashes -> hashes.stream().filter(h -> registered.contains(new String(h, StandardCharsets.US_ASCII)))
                        .toList(),
                no -> "H9".equals(no) ? Optional.of("371602001002") : Optional.empty()));
        return v.validate(RegisterFile.parse(csv.getBytes(StandardCharsets.UTF_8)), n -> { });
    }

    static final String HEADER = "姓名,身份证号,乡镇（街道）,村（社区）,户号,居住情况,经济状况,孤寡\n";

    @Test
    void aGoodFileBecomesElders() {
        ImportValidator.Result r = validate(HEADER
                + "张秀英," + id("37160219500315122") + ",市中街道,新苑社区,H1,与配偶同住,低保,否\n"
                + "王建国," + id("37160219480101003") + ",市中街道,新苑社区,H1,与配偶同住,无,\n"
                + "李桂兰," + id("37160219401010100") + ",北镇街道,滨河社区,,独居,特困,是\n", List.of());
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(3, r.elders().size());
        assertEquals(r.elders().get(0).householdKey(), r.elders().get(1).householdKey(), "one household number, one household");
        assertEquals(EconomicStatus.SUBSISTENCE, r.elders().get(0).profile().economicStatus());
        assertEquals("371602003201", r.elders().get(2).village().code(), "the township tells the two 滨河社区 apart");
        assertEquals(LivingArrangement.ALONE, r.elders().get(2).profile().livingArrangement());
        assertTrue(r.elders().get(2).profile().widowedChildless());
    }

    @Test
    void oneBadRowMeansNoElderIsImportedAndTheReportNamesRowAndColumn() {
        String bad = id("37160219500315122").substring(0, 17) + "9";
        ImportValidator.Result r = validate(HEADER
                + "张秀英," + id("37160219500315122") + ",市中街道,新苑社区,,,,\n"
                + "王建国," + bad + ",市中街道,新苑社区,,,,\n", List.of());
        assertEquals(List.of(), r.elders());
        assertEquals(1, r.errorCount());
        ImportError e = r.errors().get(0);
        assertEquals(3, e.row());
        assertEquals("身份证号", e.column());
        assertEquals("idNumber.checkDigit", e.messageKey());
    }

    @Test
    void findsTheSamePersonTwiceAndPeopleRegisteredAlready() {
        String a = id("37160219500315122");
        String b = id("37160219480101003");
        ImportValidator.Result r = validate(HEADER + "甲," + a + ",市中街道,新苑社区,,,,\n" + "乙," + a
                + ",市中街道,新苑社区,,,,\n" + "丙," + b + ",市中街道,新苑社区,,,,\n", List.of(b));
        assertEquals(2, r.errorCount());
        assertEquals(List.of("import.row.duplicateInFile", "import.row.registered"),
                r.errors().stream().map(ImportError::messageKey).sorted().toList());
        assertEquals(List.of("2"), r.errors().stream().filter(x -> x.row() == 3).findFirst().orElseThrow().args());
    }

    @Test
    void refusesUnknownAndAmbiguousVillagesAndUnknownValues() {
        ImportValidator.Result r = validate("姓名,身份证号,村（社区）,经济状况\n"
                + "甲," + id("37160219500315122") + ",滨河社区,\n"
                + "乙," + id("37160219480101003") + ",不存在村,\n"
                + "丙," + id("37160219401010100") + ",新苑社区,很穷\n", List.of());
        assertEquals(List.of("import.row.villageAmbiguous", "import.row.villageUnknown", "value.unknown"),
                r.errors().stream().map(ImportError::messageKey).toList());
        assertEquals("经济状况", r.errors().get(2).column());
    }

    @Test
    void reportsIdNumbersThatExcelTurnedIntoNumbersAndMissingColumns() {
        RegisterFile.Parsed numeric = new RegisterFile.Parsed(RegisterFile.Type.XLSX, List.of("姓名", "身份证号", "村（社区）"),
                List.of(new RegisterFile.Line(2, Arrays.asList(new RegisterFile.CellValue("甲", false),
                        new RegisterFile.CellValue("371602195003151000", true), new RegisterFile.CellValue("新苑社区", false)))));
        ImportValidator v = new ImportValidator(new ImportValidator.Context(VILLAGES, TOWNSHIPS, TODAY,
                n -> new byte[32], h -> List.of(), no -> Optional.empty()));
        assertEquals("import.row.idNumberAsNumber", v.validate(numeric, n -> { }).errors().get(0).messageKey());
        ImportValidator.Result missing = validate("姓名,电话\n甲,13900000000\n", List.of());
        assertEquals("import.columns.missing", missing.errors().get(0).messageKey());
        assertEquals(0, missing.errors().get(0).row());
    }

    @Test
    void aHouseholdNumberCannotSpanVillages() {
        ImportValidator.Result r = validate(HEADER
                + "甲," + id("37160219500315122") + ",市中街道,新苑社区,H2,,,\n"
                + "乙," + id("37160219480101003") + ",北镇街道,滨河社区,H2,,,\n"
                + "丙," + id("37160219401010100") + ",市中街道,新苑社区,H9,,,\n", List.of());
        assertEquals(List.of("import.row.householdVillages", "import.row.householdVillages"),
                r.errors().stream().map(ImportError::messageKey).toList(),
                "H2 in two villages in the file; H9 registered in another village");
    }
}
