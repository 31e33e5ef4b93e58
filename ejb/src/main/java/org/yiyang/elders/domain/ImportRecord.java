package org.yiyang.elders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/**
 * An uploaded register and what its validation found. The file itself is kept apart
 * ({@link ImportFile}), so that the commit imports exactly the file that was checked (checked once more,
 * all rows or none).
 */
@Entity
@Table(name = "elders_import")
public class ImportRecord extends TenantScopedEntity {

    /** Where an import stands. */
    public enum State { VALIDATED, REJECTED, COMMITTED, ABANDONED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "elders_import_seq")
    @SequenceGenerator(name = "elders_import_seq", sequenceName = "elders_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "file_type", nullable = false, length = 8)
    private String fileType;

    @JdbcTypeCode(SqlTypes.BINARY)
    @Column(name = "content_hash", nullable = false, length = 32)
    private byte[] contentHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "valid_rows", nullable = false)
    private int validRows;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "report", columnDefinition = "mediumtext")
    private String report;

    @Column(name = "imported", nullable = false)
    private int imported;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "committed_at")
    private Instant committedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ImportRecord() {
    }

    public ImportRecord(String fileName, String fileType, byte[] contentHash, String by, Instant at) {
        this.fileName = fileName;
        this.fileType = fileType;
        this.contentHash = contentHash;
        this.state = State.VALIDATED;
        this.createdBy = by;
        this.createdAt = at;
    }

    public void validated(int total, int valid, int errors, String reportJson) {
        this.totalRows = total;
        this.validRows = valid;
        this.errorCount = errors;
        this.report = reportJson;
        this.state = errors == 0 && total > 0 ? State.VALIDATED : State.REJECTED;
    }

    /** A validated import nobody committed within the county's retention period: its file is gone. */
    public void abandoned() {
        if (state != State.VALIDATED) {
            throw new IllegalStateException("only a validated import is abandoned, not a " + state + " one");
        }
        this.state = State.ABANDONED;
    }

    public void committed(int count, Instant at) {
        this.imported = count;
        this.committedAt = at;
        this.state = State.COMMITTED;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String fileType() {
        return fileType;
    }

    public State state() {
        return state;
    }

    public int totalRows() {
        return totalRows;
    }

    public int validRows() {
        return validRows;
    }

    public int errorCount() {
        return errorCount;
    }

    public String report() {
        return report;
    }

    public int imported() {
        return imported;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant committedAt() {
        return committedAt;
    }
}
