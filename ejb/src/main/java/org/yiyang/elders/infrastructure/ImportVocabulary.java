package org.yiyang.elders.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The words an imported register may use for its columns and values (import-vocabulary.properties), so
 * that registers kept in Excel by townships can be imported as they are.
 */
public final class ImportVocabulary {

    /** The columns the import understands, in template order. */
    public static final List<String> FIELDS = List.of("name", "idNumber", "townshipName", "villageCode", "villageName",
            "householdNo", "address", "phone", "emergencyContactName", "emergencyContactPhone",
            "emergencyContactRelation", "livingArrangement", "selfCare", "disabilityGrade", "disabilityType",
            "economicStatus", "familyPlanningSpecial", "widowedChildless");

    private static final ImportVocabulary INSTANCE = load();

    private final Map<String, String> columns = new HashMap<>();
    private final Map<String, String> templateHeaders = new HashMap<>();
    private final Map<String, Map<String, String>> values = new HashMap<>();

    private ImportVocabulary() {
    }

    public static ImportVocabulary get() {
        return INSTANCE;
    }

    private static ImportVocabulary load() {
        Properties p = new Properties();
        try (InputStream in = ImportVocabulary.class.getResourceAsStream("/org/yiyang/elders/import-vocabulary.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportVocabulary v = new ImportVocabulary();
        for (String key : p.stringPropertyNames()) {
            String[] spellings = p.getProperty(key).split(",", -1);
            if (key.startsWith("column.")) {
                String field = key.substring("column.".length());
                v.templateHeaders.put(field, spellings[0].strip());
                for (String s : spellings) {
                    v.columns.put(normalise(s), field);
                }
            } else {
                int dot = key.lastIndexOf('.');
                String kind = key.substring(0, dot);
                String value = key.substring(dot + 1);
                Map<String, String> m = v.values.computeIfAbsent(kind, k -> new HashMap<>());
                for (String s : spellings) {
                    m.put(normalise(s), value);
                }
                m.put(normalise(value), value);
            }
        }
        return v;
    }

    /** The field a header names, if it is one the import understands. */
    public Optional<String> field(String header) {
        return Optional.ofNullable(columns.get(normalise(header)));
    }

    /** The header the template writes for a field. */
    public String templateHeader(String field) {
        return templateHeaders.getOrDefault(field, field);
    }

    /**
     * The canonical value (an enum name, a grade, true/false) of a cell.
     *
     * @param kind livingArrangement, selfCare, disabilityType, disabilityGrade, economicStatus or boolean
     */
    public Optional<String> value(String kind, String text) {
        Map<String, String> m = values.get(kind);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(normalise(text)));
    }

    private static String normalise(String s) {
        return s.strip().replace('（', '(').replace('）', ')').replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
