package org.yiyang.elders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.Household;
import org.yiyang.elders.domain.HouseholdRepository;
import org.yiyang.elders.domain.ImportFile;
import org.yiyang.elders.domain.ImportRecord;
import org.yiyang.elders.infrastructure.BulkRegistration;
import org.yiyang.elders.infrastructure.RegisterFile;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;

/**
 * Bulk import of an existing register (Excel or CSV): upload and validate (a report row by row), then
 * commit: the same file is validated again and either every row is registered or none.
 */
@Stateless
public class ElderImports {

    public static final int MAX_FILE_NAME = 200;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    ElderRepository elders;

    @Inject
    HouseholdRepository households;

    @Inject
    PlaceDirectory places;

    @Inject
    PersonalDataProtector protector;

    @Inject
    BulkRegistration bulk;

    @Inject
    jakarta.enterprise.event.Event<org.yiyang.elders.application.ElderCountChanged> elderCount;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    org.yiyang.shared.application.CountyPolicies policies;

    /** The largest register file an upload takes (bytes). */
    public static final int MAX_FILE_BYTES = org.yiyang.elders.infrastructure.RegisterFile.MAX_BYTES;

    /** Fails unless the caller may import: asked before an upload's body is read. */
    public void checkImporter() {
        requireImporter();
    }

    /** Keeps the file and validates it; nothing is registered yet. */
    public ImportReportView upload(String fileName, byte[] content, IntConsumer progress) {
        Caller caller = requireImporter();
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(name.length() - MAX_FILE_NAME);
        }
        RegisterFile.Parsed file = RegisterFile.parse(content);
        ImportValidator.Result result = validator(caller).validate(file, progress);
        ImportRecord record = new ImportRecord(name, file.type().name(), sha256(content), caller.username(),
                clock.instant());
        record.validated(result.totalRows(), result.elders().size(), result.errorCount(), JSONB.toJson(result.errors()));
        em.persist(record);
        if (record.state() == ImportRecord.State.VALIDATED) {
            // kept, encrypted, only until it is committed, rejected or abandoned; a rejected file is never kept
            em.persist(new ImportFile(record.id(), protector.sealFile(content, caller.county().orElseThrow(),
                    owner(record.id()))));
        }
        em.flush();
        audit.record("ELDER_IMPORT_UPLOADED", "import", record.id(), name + ": rows=" + result.totalRows()
                + ", errors=" + result.errorCount());
        return view(record);
    }

    public ImportReportView report(long importId) {
        requireImporter();
        return view(find(importId));
    }

    /** The county's imports, newest first. */
    public List<ImportReportView> recent(int max) {
        requireImporter();
        return em.createQuery("select i from ImportRecord i order by i.createdAt desc, i.id desc", ImportRecord.class)
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList().stream().map(this::view).toList();
    }

    /**
     * Registers every row of a validated import in one transaction. The file is validated again first
     * (someone may have registered one of its people meanwhile); if anything is wrong now the import is
     * marked rejected with the new report and nothing is registered.
     */
    public ImportReportView commit(long importId, IntConsumer progress) {
        Caller caller = requireImporter();
        ImportRecord record = find(importId);
        if (record.state() != ImportRecord.State.VALIDATED) {
            throw DomainException.conflict("import.notCommittable", record.state().name());
        }
        String county = caller.county().orElseThrow();
        ImportFile stored = em.find(ImportFile.class, record.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            throw DomainException.conflict("import.notCommittable", record.state().name());
        }
        RegisterFile.Parsed file = RegisterFile.parse(protector.openFile(stored.content(), county, owner(record.id())));
        ImportValidator.Result result = validator(caller).validate(file, n -> { });
        if (!result.ok()) {
            record.validated(result.totalRows(), result.elders().size(), result.errorCount(),
                    JSONB.toJson(result.errors()));
            em.remove(stored);
            audit.record("ELDER_IMPORT_REJECTED", "import", record.id(), "errors=" + result.errorCount());
            return view(record);
        }
        long recordId = record.id();
        em.remove(stored);
        em.flush();
        int written = bulk.register(result.elders(), caller.username(), clock.instant(), progress);
        ImportRecord reloaded = em.find(ImportRecord.class, recordId);
        reloaded.committed(written, clock.instant());
        elderCount.fire(new ElderCountChanged(caller.county().orElseThrow(), written));
        audit.record("ELDERS_IMPORTED", "import", recordId, "elders=" + written);
        return view(reloaded);
    }

    /**
     * Marks the county's validated imports that nobody committed within its retention period
     * ({@code elders.importRetentionDays}) abandoned and deletes their files; returns how many.
     */
    public int purgeAbandoned(java.time.Instant now) {
        int days = policies.current(ElderPolicies.IMPORT_RETENTION_DAYS).value();
        List<ImportRecord> stale = em.createQuery("select i from ImportRecord i where i.state = :s and i.createdAt < :t",
                        ImportRecord.class).setParameter("s", ImportRecord.State.VALIDATED)
                .setParameter("t", now.minus(java.time.Duration.ofDays(days))).getResultList();
        for (ImportRecord r : stale) {
            ImportFile f = em.find(ImportFile.class, r.id());
            if (f != null) {
                em.remove(f);
            }
            r.abandoned();
            audit.record("ELDER_IMPORT_ABANDONED", "import", r.id(), "not committed within " + days + " days");
        }
        return stale.size();
    }

    private static String owner(long importId) {
        return "import:" + importId;
    }

    private ImportValidator validator(Caller caller) {
        String county = caller.county().orElseThrow();
        return new ImportValidator(new ImportValidator.Context(places.villages(), places.townships(),
                ChinaTime.today(clock), id -> protector.lookupHash(id, county), elders::registeredHashes,
                no -> households.findByNumber(no).map(Household::villageCode)));
    }

    private ImportRecord find(long id) {
        TenantScope.requireCounty();
        ImportRecord r = em.find(ImportRecord.class, id);
        if (r == null) {
            throw DomainException.notFound("import.notFound", String.valueOf(id));
        }
        return r;
    }

    private static Caller requireImporter() {
        return Access.requireCountyRole("import.forbidden", Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
    }

    private ImportReportView view(ImportRecord r) {
        List<ImportError> errors = r.report() == null ? List.of()
                : Arrays.asList(JSONB.fromJson(r.report(), ImportError[].class));
        return new ImportReportView(r.id(), r.fileName(), r.fileType(), r.state().name(), r.totalRows(),
                r.validRows(), r.errorCount(), new ArrayList<>(errors), r.imported(), r.createdBy(), r.createdAt(),
                r.committedAt());
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
