package org.yiyang.elders.application;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderProfile;
import org.yiyang.elders.domain.NewElder;
import org.yiyang.elders.infrastructure.ImportVocabulary;
import org.yiyang.elders.infrastructure.RegisterFile;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/**
 * Checks every row of an uploaded register and turns the good ones into elders to register: the same
 * rules as the registration form, plus what only a whole file can get wrong (the same person twice, one
 * household number in two villages). Knows nothing of the database: what is registered already comes in
 * through functions.
 */
final class ImportValidator {

    /** At most this many errors are kept in a report (the count is always complete). */
    static final int MAX_REPORTED = 1000;

    /** The result: the elders to register when there are no errors. */
    record Result(List<NewElder> elders, List<ImportError> errors, int errorCount, int totalRows) {
        boolean ok() {
            return errorCount == 0 && totalRows > 0;
        }
    }

    /** What the county already has. */
    record Context(List<Village> villages, List<Township> townships, LocalDate today,
                   Function<IdCardNumber, byte[]> hash, Function<List<byte[]>, List<byte[]>> registered,
                   Function<String, Optional<String>> householdVillage) {
    }

    private final ImportVocabulary vocabulary = ImportVocabulary.get();
    private final Context ctx;
    private final List<ImportError> errors = new ArrayList<>();
    /** The file's own header of each field it has, for the report. */
    private final Map<String, String> headers = new HashMap<>();
    private int errorCount;

    ImportValidator(Context ctx) {
        this.ctx = ctx;
    }

    Result validate(RegisterFile.Parsed file, IntConsumer progress) {
        Map<String, Integer> col = columns(file.header());
        if (!col.containsKey("name") || !col.containsKey("idNumber")
                || !(col.containsKey("villageCode") || col.containsKey("villageName"))) {
            error(0, "", "import.columns.missing", vocabulary.templateHeader("name") + ", "
                    + vocabulary.templateHeader("idNumber") + ", " + vocabulary.templateHeader("villageName"));
            return new Result(List.of(), errors, errorCount, file.lines().size());
        }
        Map<String, Village> byCode = new HashMap<>();
        Map<String, List<Village>> byName = new HashMap<>();
        Map<String, String> townshipNames = new HashMap<>();
        ctx.townships().forEach(t -> townshipNames.put(t.code(), t.name()));
        for (Village v : ctx.villages()) {
            byCode.put(v.code(), v);
            byName.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(v);
        }
        List<NewElder> elders = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        Map<ByteBuffer, Integer> seen = new HashMap<>();
        Map<String, String> householdVillage = new HashMap<>();
        int done = 0;
        for (RegisterFile.Line line : file.lines()) {
            NewElder e = row(line, col, byCode, byName, townshipNames);
            if (e != null) {
                ByteBuffer h = ByteBuffer.wrap(ctx.hash().apply(e.idNumber()));
                Integer first = seen.putIfAbsent(h, line.number());
                if (first != null) {
                    error(line.number(), headerOf(col, "idNumber"), "import.row.duplicateInFile",
                            String.valueOf(first));
                } else if (e.householdNo() != null && !sameVillage(householdVillage, e)) {
                    error(line.number(), headerOf(col, "householdNo"), "import.row.householdVillages",
                            e.householdNo());
                } else {
                    elders.add(e);
                    rowOf.add(line.number());
                }
            }
            if (++done % 1000 == 0) {
                progress.accept(done);
            }
        }
        markRegistered(col, elders, rowOf);
        progress.accept(done);
        return new Result(errorCount == 0 ? elders : List.of(), errors, errorCount, file.lines().size());
    }

    private boolean sameVillage(Map<String, String> householdVillage, NewElder e) {
        String inFile = householdVillage.putIfAbsent(e.householdNo(), e.village().code());
        if (inFile != null && !inFile.equals(e.village().code())) {
            return false;
        }
        Optional<String> registered = ctx.householdVillage().apply(e.householdNo());
        return registered.isEmpty() || registered.get().equals(e.village().code());
    }

    private void markRegistered(Map<String, Integer> col, List<NewElder> elders,
                                List<Integer> rowOf) {
        List<byte[]> hashes = elders.stream().map(e -> ctx.hash().apply(e.idNumber())).toList();
        Set<ByteBuffer> registered = new HashSet<>();
        ctx.registered().apply(hashes).forEach(h -> registered.add(ByteBuffer.wrap(h)));
        for (int i = 0; i < hashes.size(); i++) {
            if (registered.contains(ByteBuffer.wrap(hashes.get(i)))) {
                error(rowOf.get(i), headerOf(col, "idNumber"), "import.row.registered");
            }
        }
    }

    private NewElder row(RegisterFile.Line line, Map<String, Integer> col, Map<String, Village> byCode,
                         Map<String, List<Village>> byName, Map<String, String> townshipNames) {
        int n = line.number();
        String field = "name";
        try {
            String name = ElderRules.validName(text(line, col, "name"));
            field = "idNumber";
            RegisterFile.CellValue idCell = cell(line, col, "idNumber");
            if (idCell.numeric()) {
                throw DomainException.invalid("idNumber", "import.row.idNumberAsNumber");
            }
            IdCardNumber id = IdCardNumber.parse(idCell.text(), ctx.today());
            if (id.birthDate().plusYears(Elder.ELDER_AGE).isAfter(ctx.today())) {
                throw DomainException.invalid("idNumber", "elder.tooYoung", Elder.ELDER_AGE);
            }
            field = "villageName";
            Village village = village(line, col, byCode, byName, townshipNames);
            field = "householdNo";
            String householdNo = ElderRules.validHouseholdNo(text(line, col, "householdNo"));
            field = "address";
            String address = ElderRules.validAddress(text(line, col, "address"));
            field = "disabilityGrade";
            Integer grade = enumText(line, col, "disabilityGrade", "disabilityGrade") == null ? null
                    : Integer.valueOf(enumText(line, col, "disabilityGrade", "disabilityGrade"));
            field = "phone";
            ElderProfile profile = ElderRules.profile(new ElderDetails(text(line, col, "phone"),
                    text(line, col, "emergencyContactName"), text(line, col, "emergencyContactPhone"),
                    text(line, col, "emergencyContactRelation"),
                    enumText(line, col, "livingArrangement", "livingArrangement"),
                    enumText(line, col, "selfCare", "selfCare"), grade,
                    enumText(line, col, "disabilityType", "disabilityType"),
                    enumText(line, col, "economicStatus", "economicStatus"),
                    bool(line, col, "familyPlanningSpecial"), bool(line, col, "widowedChildless")));
            String key = householdNo != null ? "no:" + householdNo : "row:" + n;
            return new NewElder(name, id, profile, key, householdNo, village, address);
        } catch (DomainException e) {
            String f = e.field() != null && col.containsKey(e.field()) ? e.field() : field;
            error(n, headerOf(col, f), e.messageKey(), e.args().stream().map(String::valueOf).toArray(String[]::new));
            return null;
        }
    }

    private Village village(RegisterFile.Line line, Map<String, Integer> col, Map<String, Village> byCode,
                            Map<String, List<Village>> byName, Map<String, String> townshipNames) {
        String code = text(line, col, "villageCode");
        if (code != null) {
            Village v = byCode.get(code.strip());
            if (v == null) {
                throw DomainException.invalid("villageCode", "village.unknown", code.strip());
            }
            return v;
        }
        String name = text(line, col, "villageName");
        if (name == null) {
            throw DomainException.invalid("villageName", "import.row.villageMissing");
        }
        List<Village> candidates = byName.getOrDefault(name.strip(), List.of());
        String township = text(line, col, "townshipName");
        if (township != null) {
            candidates = candidates.stream()
                    .filter(v -> township.strip().equals(townshipNames.get(v.townshipCode()))).toList();
        }
        if (candidates.isEmpty()) {
            throw DomainException.invalid("villageName", "import.row.villageUnknown", name.strip());
        }
        if (candidates.size() > 1) {
            throw DomainException.invalid("villageName", "import.row.villageAmbiguous", name.strip());
        }
        return candidates.get(0);
    }

    private String enumText(RegisterFile.Line line, Map<String, Integer> col, String field, String kind) {
        String t = text(line, col, field);
        if (t == null) {
            return null;
        }
        return vocabulary.value(kind, t).orElseThrow(() -> DomainException.invalid(field, "value.unknown", t.strip()));
    }

    private Boolean bool(RegisterFile.Line line, Map<String, Integer> col, String field) {
        String t = text(line, col, field);
        if (t == null) {
            return false;
        }
        return Boolean.valueOf(vocabulary.value("boolean", t)
                .orElseThrow(() -> DomainException.invalid(field, "value.unknown", t.strip())));
    }

    private Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> col = new HashMap<>();
        headers.clear();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            String h = header.get(i);
            vocabulary.field(h).ifPresent(f -> {
                col.putIfAbsent(f, index);
                headers.putIfAbsent(f, h);
            });
        }
        return col;
    }

    private String headerOf(Map<String, Integer> col, String field) {
        return headers.getOrDefault(field, vocabulary.templateHeader(field));
    }

    private static RegisterFile.CellValue cell(RegisterFile.Line line, Map<String, Integer> col, String field) {
        Integer i = col.get(field);
        return i == null || i >= line.cells().size() ? RegisterFile.CellValue.EMPTY : line.cells().get(i);
    }

    private static String text(RegisterFile.Line line, Map<String, Integer> col, String field) {
        String t = cell(line, col, field).text();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private void error(int row, String column, String key, String... args) {
        errorCount++;
        if (errors.size() < MAX_REPORTED) {
            errors.add(new ImportError(row, column, key, List.of(args)));
        }
    }
}
