-- The elder registry. The resident ID number is never stored in plain text: AES-GCM cipher text, a keyed
-- hash (HMAC-SHA256) for look-up and uniqueness within the county, and the masked form shown in lists.

CREATE SEQUENCE elders_elder_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE elders_elder (
    id               BIGINT       NOT NULL,
    county_code      VARCHAR(6)   NOT NULL,
    name             VARCHAR(40)  NOT NULL,
    id_number_cipher VARBINARY(96) NOT NULL,
    id_number_hash   BINARY(32)   NOT NULL,
    id_number_masked VARCHAR(18)  NOT NULL,
    birth_date       DATE         NOT NULL,
    sex              VARCHAR(8)   NOT NULL,
    township_code    VARCHAR(12)  NOT NULL,
    village_code     VARCHAR(12)  NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_elders_elder_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_elders_elder_village FOREIGN KEY (village_code) REFERENCES tenancy_village (code),
    CONSTRAINT fk_elders_elder_township FOREIGN KEY (township_code) REFERENCES tenancy_township (code),
    CONSTRAINT ck_elders_elder_sex CHECK (sex IN ('MALE', 'FEMALE')),
    UNIQUE INDEX ux_elders_elder_id_number (county_code, id_number_hash),
    INDEX ix_elders_elder_name (county_code, name),
    INDEX ix_elders_elder_township (county_code, township_code, name),
    INDEX ix_elders_elder_village (county_code, village_code)
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
