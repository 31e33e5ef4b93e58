package org.yiyang.elders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** The uploaded file of an import, as it was checked. */
@Entity
@Table(name = "elders_import_file")
public class ImportFile extends TenantScopedEntity {

    @Id
    @Column(name = "import_id")
    private Long importId;

    @Column(name = "content", nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected ImportFile() {
    }

    public ImportFile(long importId, byte[] content) {
        this.importId = importId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
