package org.yiyang.shared.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/**
 * A photo or document that belongs to a record of some context (owner type and id), kept in the database
 * with a thumbnail for images. Only the owning context decides who may read it.
 */
@Entity
@Table(name = "shared_attachment")
public class Attachment extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_attachment_seq")
    @SequenceGenerator(name = "shared_attachment_seq", sequenceName = "shared_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_type", nullable = false, length = 30, updatable = false)
    private String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "purpose", nullable = false, length = 20, updatable = false)
    private String purpose;

    @Column(name = "file_name", nullable = false, length = 120, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @JdbcTypeCode(SqlTypes.BINARY)
    @Column(name = "sha256", nullable = false, length = 32, updatable = false)
    private byte[] sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false, length = 16_777_215)
    private byte[] content;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "thumbnail", updatable = false, length = 65_535)
    private byte[] thumbnail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected Attachment() {
    }

    public Attachment(String ownerType, long ownerId, String purpose, String fileName, String contentType,
                      byte[] content, byte[] sha256, byte[] thumbnail, String by, Instant at) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.purpose = purpose;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.thumbnail = thumbnail;
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long id() {
        return id;
    }

    public String ownerType() {
        return ownerType;
    }

    public long ownerId() {
        return ownerId;
    }

    public String purpose() {
        return purpose;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content;
    }

    public byte[] thumbnail() {
        return thumbnail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
