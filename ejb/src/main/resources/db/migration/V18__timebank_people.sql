-- Volunteers and the time bank (志愿服务 / 时间银行), the people's side: volunteers, teams, activities with their
-- sign-ups, hours entries and elders' named proxies (代办人). The ledger (V19) keeps the banked hours.

CREATE SEQUENCE timebank_volunteer_seq START WITH 1 INCREMENT BY 50;

-- A volunteer of a township; optionally an elder of the registry (银龄志愿者) and the account they log in with.
CREATE TABLE timebank_volunteer (
    id              BIGINT       NOT NULL,
    county_code     VARCHAR(6)   NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    phone           VARCHAR(20)  NULL,
    skills          VARCHAR(200) NOT NULL,
    availability    VARCHAR(200) NULL,
    township_code   VARCHAR(12)  NOT NULL,
    elder_id        BIGINT       NULL,
    username        VARCHAR(100) NULL,
    status          VARCHAR(16)  NOT NULL,
    decision_reason VARCHAR(200) NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_volunteer_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_volunteer_township FOREIGN KEY (township_code) REFERENCES tenancy_township (code),
    CONSTRAINT fk_timebank_volunteer_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT ck_timebank_volunteer_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    UNIQUE INDEX ux_timebank_volunteer_username (county_code, username),
    UNIQUE INDEX ux_timebank_volunteer_elder (county_code, elder_id),
    INDEX ix_timebank_volunteer_township (county_code, township_code, status, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_team_seq START WITH 1 INCREMENT BY 50;

-- A volunteer service team (志愿服务队) of a township with its leader.
CREATE TABLE timebank_team (
    id            BIGINT       NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    name          VARCHAR(100) NOT NULL,
    township_code VARCHAR(12)  NOT NULL,
    leader_id     BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_team_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_team_township FOREIGN KEY (township_code) REFERENCES tenancy_township (code),
    CONSTRAINT fk_timebank_team_leader FOREIGN KEY (leader_id) REFERENCES timebank_volunteer (id),
    INDEX ix_timebank_team_township (county_code, township_code, name),
    INDEX ix_timebank_team_leader (county_code, leader_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_team_member_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE timebank_team_member (
    id           BIGINT      NOT NULL,
    county_code  VARCHAR(6)  NOT NULL,
    team_id      BIGINT      NOT NULL,
    volunteer_id BIGINT      NOT NULL,
    joined_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_member_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_member_team FOREIGN KEY (team_id) REFERENCES timebank_team (id),
    CONSTRAINT fk_timebank_member_volunteer FOREIGN KEY (volunteer_id) REFERENCES timebank_volunteer (id),
    UNIQUE INDEX ux_timebank_member (county_code, team_id, volunteer_id),
    INDEX ix_timebank_member_volunteer (county_code, volunteer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_activity_seq START WITH 1 INCREMENT BY 50;

-- A volunteer activity in a village: never more sign-ups taken than slots.
CREATE TABLE timebank_activity (
    id            BIGINT       NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    title         VARCHAR(100) NOT NULL,
    starts_at     DATETIME(6)  NOT NULL,
    ends_at       DATETIME(6)  NOT NULL,
    township_code VARCHAR(12)  NOT NULL,
    village_code  VARCHAR(12)  NOT NULL,
    slots         INT          NOT NULL,
    taken         INT          NOT NULL,
    skills        VARCHAR(200) NOT NULL,
    elder_id      BIGINT       NULL,
    team_id       BIGINT       NULL,
    organiser     VARCHAR(100) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    cancel_reason VARCHAR(200) NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_activity_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_activity_township FOREIGN KEY (township_code) REFERENCES tenancy_township (code),
    CONSTRAINT fk_timebank_activity_village FOREIGN KEY (village_code) REFERENCES tenancy_village (code),
    CONSTRAINT fk_timebank_activity_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT fk_timebank_activity_team FOREIGN KEY (team_id) REFERENCES timebank_team (id),
    CONSTRAINT ck_timebank_activity_status CHECK (status IN ('OPEN', 'CLOSED', 'CANCELLED')),
    CONSTRAINT ck_timebank_activity_slots CHECK (slots > 0 AND taken >= 0 AND taken <= slots),
    CONSTRAINT ck_timebank_activity_time CHECK (ends_at > starts_at),
    INDEX ix_timebank_activity_township (county_code, township_code, status, starts_at),
    INDEX ix_timebank_activity_organiser (county_code, organiser, starts_at),
    INDEX ix_timebank_activity_elder (county_code, elder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_signup_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE timebank_signup (
    id             BIGINT       NOT NULL,
    county_code    VARCHAR(6)   NOT NULL,
    activity_id    BIGINT       NOT NULL,
    volunteer_id   BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    checked_in_at  DATETIME(6)  NULL,
    checked_out_at DATETIME(6)  NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_signup_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_signup_activity FOREIGN KEY (activity_id) REFERENCES timebank_activity (id),
    CONSTRAINT fk_timebank_signup_volunteer FOREIGN KEY (volunteer_id) REFERENCES timebank_volunteer (id),
    CONSTRAINT ck_timebank_signup_status CHECK (status IN ('SIGNED_UP', 'CANCELLED', 'CHECKED_IN', 'CHECKED_OUT')),
    UNIQUE INDEX ux_timebank_signup (county_code, activity_id, volunteer_id),
    INDEX ix_timebank_signup_volunteer (county_code, volunteer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_hours_seq START WITH 1 INCREMENT BY 50;

-- Minutes a volunteer recorded for an activity, counted on the China day of the check-in; verified or rejected by
-- the organiser or the served elder's proxy (by_proxy); a verified entry corrected later is reversed, never edited.
CREATE TABLE timebank_hours (
    id               BIGINT       NOT NULL,
    county_code      VARCHAR(6)   NOT NULL,
    volunteer_id     BIGINT       NOT NULL,
    activity_id      BIGINT       NOT NULL,
    signup_id        BIGINT       NOT NULL,
    service_day      DATE         NOT NULL,
    minutes          INT          NOT NULL,
    note             VARCHAR(200) NULL,
    min_rule_version INT          NOT NULL,
    max_rule_version INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    decided_by       VARCHAR(100) NULL,
    decided_at       DATETIME(6)  NULL,
    by_proxy         BOOLEAN      NOT NULL,
    reject_reason    VARCHAR(200) NULL,
    reversed_by      VARCHAR(100) NULL,
    reversed_at      DATETIME(6)  NULL,
    reverse_reason   VARCHAR(200) NULL,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_hours_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_hours_volunteer FOREIGN KEY (volunteer_id) REFERENCES timebank_volunteer (id),
    CONSTRAINT fk_timebank_hours_activity FOREIGN KEY (activity_id) REFERENCES timebank_activity (id),
    CONSTRAINT fk_timebank_hours_signup FOREIGN KEY (signup_id) REFERENCES timebank_signup (id),
    CONSTRAINT ck_timebank_hours_status CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED', 'REVERSED')),
    CONSTRAINT ck_timebank_hours_minutes CHECK (minutes > 0),
    INDEX ix_timebank_hours_day (county_code, volunteer_id, service_day, status),
    INDEX ix_timebank_hours_activity (county_code, activity_id, status),
    INDEX ix_timebank_hours_signup (county_code, signup_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_proxy_seq START WITH 1 INCREMENT BY 50;

-- A named proxy (代办人) of an elder: the account of a family member or grid worker acting on the elder's behalf.
CREATE TABLE timebank_proxy (
    id           BIGINT       NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    elder_id     BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    name         VARCHAR(50)  NULL,
    relation     VARCHAR(16)  NOT NULL,
    active       BOOLEAN      NOT NULL,
    ended_reason VARCHAR(200) NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_proxy_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_proxy_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT ck_timebank_proxy_relation CHECK (relation IN ('FAMILY', 'GRID_WORKER')),
    UNIQUE INDEX ux_timebank_proxy (county_code, elder_id, username),
    INDEX ix_timebank_proxy_username (county_code, username, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
