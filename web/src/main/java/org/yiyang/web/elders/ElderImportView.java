package org.yiyang.web.elders;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.yiyang.elders.application.ElderImports;
import org.yiyang.elders.application.ImportTemplate;
import org.yiyang.elders.application.ImportError;
import org.yiyang.elders.application.ImportReportView;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/**
 * Bulk import page: upload (validated in the background, with progress), the report row by row, then the
 * commit (also in the background, with progress). Nothing is registered before the commit, and the commit
 * registers every row or none.
 */
@Named
@ViewScoped
public class ElderImportView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What runs in the background. */
    public enum Phase { IDLE, VALIDATING, COMMITTING }

    @Inject
    transient ElderImports imports;

    @Resource
    transient ManagedExecutorService executor;

    private transient UploadedFile file;
    private volatile Phase phase = Phase.IDLE;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile ImportReportView report;
    private volatile String failure;
    private volatile Locale locale = ErrorMessages.CHINESE;
    private List<ImportReportView> recent = List.of();

    public void load() {
        Caller c = TenantScope.currentCaller().orElse(null);
        if (c == null || c.county().isEmpty() || !c.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF)) {
            Faces.forbidden();
            return;
        }
        recent = imports.recent(10);
    }

    /** Starts validating the uploaded file in the background. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Faces.show(DomainException.invalid("file", "import.file.empty"), "importForm");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            Faces.show(DomainException.invalid("file", "import.file.unreadable"), "importForm");
            return;
        }
        String name = file.getFileName();
        start(Phase.VALIDATING, 0, caller -> report = imports.upload(name, content, done::set));
    }

    /** Starts the commit of the current report's import in the background. */
    public void commit() {
        if (report == null) {
            return;
        }
        long id = report.id();
        start(Phase.COMMITTING, report.validRows(), caller -> report = imports.commit(id, done::set));
    }

    private void start(Phase next, int expected, Work work) {
        Caller caller = TenantScope.requireCaller();
        locale = Faces.locale();
        phase = next;
        done.set(0);
        total = expected;
        failure = null;
        executor.submit(() -> {
            try {
                TenantScope.runAs(caller, () -> work.run(caller));
            } catch (DomainException e) {
                failure = ErrorMessages.format(e, locale);
            } catch (RuntimeException e) {
                failure = ErrorMessages.format("server.error", locale, e.getClass().getSimpleName());
            } finally {
                phase = Phase.IDLE;
            }
        });
    }

    @FunctionalInterface
    private interface Work extends Serializable {
        void run(Caller caller);
    }

    /** Called by the page's poll: refreshes the recent list once the background work is done. */
    public void refresh() {
        if (phase == Phase.IDLE) {
            recent = imports.recent(10);
        }
    }

    public String message(ImportError e) {
        return ErrorMessages.format(e.messageKey(), Faces.locale(), e.args().toArray());
    }

    public StreamedContent getTemplateXlsx() {
        byte[] bytes = ImportTemplate.xlsx();
        return DefaultStreamedContent.builder().name("elders-template.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getTemplateCsv() {
        byte[] bytes = ImportTemplate.csv();
        return DefaultStreamedContent.builder().name("elders-template.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public String getCommitLabel() {
        return report == null ? "" : Faces.text("import.commit", report.validRows());
    }

    public boolean isBusy() {
        return phase != Phase.IDLE;
    }

    public String getPhase() {
        return phase.name();
    }

    /** Percent of the rows committed so far (validation counts rows: its total is not known in advance). */
    public int getProgress() {
        if (phase == Phase.IDLE) {
            return 100;
        }
        return phase == Phase.COMMITTING ? Math.min(99, done.get() * 100 / Math.max(total, 1)) : 0;
    }

    public int getDone() {
        return done.get();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReportView getReport() {
        return report;
    }

    public String getFailure() {
        return failure;
    }

    public List<ImportReportView> getRecent() {
        return recent;
    }
}
