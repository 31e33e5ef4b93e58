-- The elder registry: households (the unit of the renovation cap) and elders aged 60+.
-- The resident ID number is never stored in plain text: AES-GCM cipher text, a keyed hash (HMAC-SHA256) for
-- look-up and uniqueness within the county, the masked form and its last four characters for search.

CREATE SEQUENCE elders_household_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE elders_household (
    id            BIGINT       NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    household_no  VARCHAR(30)  NULL,
    township_code VARCHAR(12)  NOT NULL,
    village_code  VARCHAR(12)  NOT NULL,
    address       VARCHAR(200) NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_elders_household_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_elders_household_village FOREIGN KEY (village_code) REFERENCES tenancy_village (code),
    UNIQUE INDEX ux_elders_household_no (county_code, household_no),
    INDEX ix_elders_household_village (county_code, village_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE elders_elder_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE elders_elder (
    id                        BIGINT       NOT NULL,
    county_code               VARCHAR(6)   NOT NULL,
    household_id              BIGINT       NOT NULL,
    name                      VARCHAR(40)  NOT NULL,
    id_number_cipher          VARBINARY(96) NOT NULL,
    id_number_hash            BINARY(32)   NOT NULL,
    id_number_masked          VARCHAR(18)  NOT NULL,
    id_number_last4           VARCHAR(4)   NOT NULL,
    birth_date                DATE         NOT NULL,
    sex                       VARCHAR(8)   NOT NULL,
    township_code             VARCHAR(12)  NOT NULL,
    village_code              VARCHAR(12)  NOT NULL,
    phone                     VARCHAR(20)  NULL,
    emergency_contact_name    VARCHAR(40)  NULL,
    emergency_contact_phone   VARCHAR(20)  NULL,
    emergency_contact_relation VARCHAR(20) NULL,
    living_arrangement        VARCHAR(20)  NULL,
    self_care                 VARCHAR(20)  NULL,
    disability_grade          TINYINT      NULL,
    disability_type           VARCHAR(20)  NULL,
    economic_status           VARCHAR(20)  NOT NULL,
    family_planning_special   BOOLEAN      NOT NULL,
    widowed_childless         BOOLEAN      NOT NULL,
    hardship_basis            BOOLEAN      NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    version                   BIGINT       NOT NULL,
    created_at                DATETIME(6)  NOT NULL,
    created_by                VARCHAR(100) NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    updated_by                VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_elders_elder_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_elders_elder_household FOREIGN KEY (household_id) REFERENCES elders_household (id),
    CONSTRAINT fk_elders_elder_village FOREIGN KEY (village_code) REFERENCES tenancy_village (code),
    CONSTRAINT fk_elders_elder_township FOREIGN KEY (township_code) REFERENCES tenancy_township (code),
    CONSTRAINT ck_elders_elder_sex CHECK (sex IN ('MALE', 'FEMALE')),
    CONSTRAINT ck_elders_elder_disability CHECK ((disability_grade IS NULL AND disability_type IS NULL)
        OR (disability_grade BETWEEN 1 AND 4 AND disability_type IS NOT NULL)),
    CONSTRAINT ck_elders_elder_status CHECK (status IN ('ACTIVE', 'DECEASED', 'MOVED_AWAY')),
    UNIQUE INDEX ux_elders_elder_id_number (county_code, id_number_hash),
    INDEX ix_elders_elder_name (county_code, status, name),
    INDEX ix_elders_elder_township (county_code, township_code, status, name),
    INDEX ix_elders_elder_village (county_code, village_code, status, name),
    INDEX ix_elders_elder_birth (county_code, birth_date),
    INDEX ix_elders_elder_last4 (county_code, id_number_last4),
    INDEX ix_elders_elder_household (county_code, household_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Pre-aggregated figures per county: the only way a city official reads across counties.
CREATE TABLE coverage_county_figures (
    county_code VARCHAR(6)  NOT NULL,
    elders      INT         NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (county_code),
    CONSTRAINT fk_coverage_county_figures_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO coverage_county_figures (county_code, elders, updated_at)
SELECT code, 0, UTC_TIMESTAMP(6) FROM tenancy_county;
