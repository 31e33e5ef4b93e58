-- Visits to special-hardship elders (定期探访关爱): enrolments with their risk tier, responsible visitor and
-- caregiver; visit records; reminders created by the scheduler under a unique key (so a rerun or a crash never
-- duplicates or loses one); extreme-weather alerts with their must-visit tasks.

CREATE SEQUENCE visits_enrolment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE visits_enrolment (
    id                BIGINT       NOT NULL,
    county_code       VARCHAR(6)   NOT NULL,
    elder_id          BIGINT       NOT NULL,
    township_code     VARCHAR(12)  NOT NULL,
    suggested_tier    VARCHAR(8)   NOT NULL,
    tier              VARCHAR(8)   NOT NULL,
    tier_reason       VARCHAR(200) NULL,
    lives_elsewhere   BOOLEAN      NOT NULL,
    visitor_username  VARCHAR(100) NOT NULL,
    visitor_name      VARCHAR(40)  NOT NULL,
    visitor_phone     VARCHAR(20)  NULL,
    caregiver_name    VARCHAR(40)  NULL,
    caregiver_phone   VARCHAR(20)  NULL,
    care_duties       VARCHAR(500) NULL,
    care_from         DATE         NULL,
    care_to           DATE         NULL,
    enrolled_on       DATE         NOT NULL,
    last_visited_on   DATE         NULL,
    active            BOOLEAN      NOT NULL,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visits_enrolment_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_visits_enrolment_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT ck_visits_enrolment_tier CHECK (tier IN ('RED', 'YELLOW', 'BLUE')
        AND suggested_tier IN ('RED', 'YELLOW', 'BLUE')),
    UNIQUE INDEX ux_visits_enrolment_elder (county_code, elder_id),
    INDEX ix_visits_enrolment_visitor (county_code, visitor_username, active),
    INDEX ix_visits_enrolment_township (county_code, township_code, tier, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE visits_visit_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE visits_visit (
    id             BIGINT       NOT NULL,
    county_code    VARCHAR(6)   NOT NULL,
    enrolment_id   BIGINT       NOT NULL,
    elder_id       BIGINT       NOT NULL,
    visited_at     DATETIME(6)  NOT NULL,
    visitor        VARCHAR(100) NOT NULL,
    kind           VARCHAR(8)   NOT NULL,
    health         VARCHAR(300) NULL,
    living         VARCHAR(300) NULL,
    safety         VARCHAR(300) NULL,
    caregiver      VARCHAR(300) NULL,
    needs          VARCHAR(300) NULL,
    notes          VARCHAR(500) NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visits_visit_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_visits_visit_enrolment FOREIGN KEY (enrolment_id) REFERENCES visits_enrolment (id),
    CONSTRAINT ck_visits_visit_kind CHECK (kind IN ('HOME', 'PHONE')),
    INDEX ix_visits_visit_enrolment (county_code, enrolment_id, visited_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An extreme-weather alert of a county for some of its townships.
CREATE SEQUENCE visits_alert_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE visits_alert (
    id           BIGINT       NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    townships    VARCHAR(2000) NOT NULL,
    starts_at    DATETIME(6)  NOT NULL,
    ends_at      DATETIME(6)  NOT NULL,
    visit_by     DATETIME(6)  NOT NULL,
    declared_by  VARCHAR(100) NOT NULL,
    declared_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visits_alert_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    INDEX ix_visits_alert_time (county_code, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The must-visit task of one red-tier elder under an alert; done when a visit is recorded.
CREATE TABLE visits_alert_task (
    county_code  VARCHAR(6)  NOT NULL,
    alert_id     BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL,
    due_at       DATETIME(6) NOT NULL,
    visit_id     BIGINT      NULL,
    visited_at   DATETIME(6) NULL,
    PRIMARY KEY (county_code, alert_id, enrolment_id),
    CONSTRAINT fk_visits_task_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_visits_task_alert FOREIGN KEY (alert_id) REFERENCES visits_alert (id),
    CONSTRAINT fk_visits_task_enrolment FOREIGN KEY (enrolment_id) REFERENCES visits_enrolment (id),
    INDEX ix_visits_task_enrolment (county_code, enrolment_id, visit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder in someone's inbox (a visitor, or a township's staff for escalations). reminder_key names what it
-- is about (kind, enrolment, due date or alert), so creating it twice is impossible.
CREATE TABLE visits_reminder (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    county_code   VARCHAR(6)   NOT NULL,
    reminder_key  VARCHAR(80)  NOT NULL,
    kind          VARCHAR(12)  NOT NULL,
    enrolment_id  BIGINT       NOT NULL,
    due_on        DATE         NOT NULL,
    recipient     VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    read_at       DATETIME(6)  NULL,
    sms_sent_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visits_reminder_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_visits_reminder_enrolment FOREIGN KEY (enrolment_id) REFERENCES visits_enrolment (id),
    CONSTRAINT ck_visits_reminder_kind CHECK (kind IN ('DUE', 'OVERDUE', 'ESCALATION', 'WEATHER')),
    UNIQUE INDEX ux_visits_reminder_key (county_code, reminder_key),
    INDEX ix_visits_reminder_inbox (county_code, recipient, read_at, created_at),
    INDEX ix_visits_reminder_sms (county_code, sms_sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
