-- County policy settings: typed values with national defaults in code; every change is a new version
-- with the date it takes effect. Decisions record the version they were made under.

CREATE SEQUENCE shared_policy_setting_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE shared_policy_setting (
    id             BIGINT        NOT NULL,
    county_code    VARCHAR(6)    NOT NULL,
    setting_key    VARCHAR(60)   NOT NULL,
    version        INT           NOT NULL,
    setting_value  VARCHAR(4000) NOT NULL,
    effective_from DATE          NOT NULL,
    reason         VARCHAR(200)  NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_shared_policy_setting_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_shared_policy_setting_version CHECK (version >= 1),
    UNIQUE INDEX ux_shared_policy_setting_version (county_code, setting_key, version),
    INDEX ix_shared_policy_setting_effective (county_code, setting_key, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bulk imports of an existing register: the uploaded file is kept until it is committed or abandoned,
-- so that the commit re-validates exactly what was checked.
CREATE SEQUENCE elders_import_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE elders_import (
    id           BIGINT       NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    file_type    VARCHAR(8)   NOT NULL,
    content_hash BINARY(32)   NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    total_rows   INT          NOT NULL,
    valid_rows   INT          NOT NULL,
    error_count  INT          NOT NULL,
    report       MEDIUMTEXT   NULL,
    imported     INT          NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    committed_at DATETIME(6)  NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_elders_import_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_elders_import_state CHECK (state IN ('VALIDATED', 'REJECTED', 'COMMITTED', 'ABANDONED')),
    CONSTRAINT ck_elders_import_type CHECK (file_type IN ('CSV', 'XLSX')),
    INDEX ix_elders_import_created (county_code, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The uploaded file itself, apart from the import's small record.
CREATE TABLE elders_import_file (
    import_id   BIGINT     NOT NULL,
    county_code VARCHAR(6) NOT NULL,
    content     LONGBLOB   NOT NULL,
    PRIMARY KEY (import_id),
    CONSTRAINT fk_elders_import_file_import FOREIGN KEY (import_id) REFERENCES elders_import (id),
    CONSTRAINT fk_elders_import_file_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
