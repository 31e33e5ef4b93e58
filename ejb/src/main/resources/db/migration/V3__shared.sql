-- Shared plumbing: scheduler heartbeat (global), idempotent commands and the audit log (per county).

CREATE TABLE shared_scheduler_heartbeat (
    instance_id   VARCHAR(200) NOT NULL,
    beats         BIGINT       NOT NULL,
    first_beat_at DATETIME(6)  NOT NULL,
    last_beat_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (instance_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per Idempotency-Key of a county: the first request's fingerprint and, once done, its response.
CREATE TABLE shared_idempotency_key (
    county_code       VARCHAR(6)   NOT NULL,
    idem_key          VARCHAR(100) NOT NULL,
    operation         VARCHAR(80)  NOT NULL,
    request_hash      BINARY(32)   NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    response_status   INT          NULL,
    response_location VARCHAR(400) NULL,
    response_body     MEDIUMTEXT   NULL,
    created_by        VARCHAR(100) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    completed_at      DATETIME(6)  NULL,
    PRIMARY KEY (county_code, idem_key),
    CONSTRAINT fk_shared_idempotency_key_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_shared_idempotency_key_state CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    INDEX ix_shared_idempotency_key_created (county_code, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE shared_audit_event_seq START WITH 1 INCREMENT BY 50;

-- Who did what to which record, when. Append-only.
CREATE TABLE shared_audit_event (
    id           BIGINT       NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(40)  NOT NULL,
    details      TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_shared_audit_event_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    INDEX ix_shared_audit_event_subject (county_code, subject_type, subject_id, occurred_at),
    INDEX ix_shared_audit_event_time (county_code, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
