-- Meal assistance (老年助餐): sites and the layout plan, the county's versioned subsidy table, elders' meal
-- registrations with their cards, and the meal ledger with the claims of subsidised meals.

CREATE SEQUENCE meals_site_seq START WITH 1 INCREMENT BY 50;

-- A meal site (孝善食堂 / 老年餐桌 / 助餐点) run by a provider doing meals; planned before it is built.
CREATE TABLE meals_site (
    id            BIGINT       NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    site_type     VARCHAR(16)  NOT NULL,
    site_level    VARCHAR(16)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    provider_id   BIGINT       NOT NULL,
    address       VARCHAR(200) NULL,
    village_code  VARCHAR(12)  NOT NULL,
    township_code VARCHAR(12)  NOT NULL,
    latitude      DECIMAL(9,6) NULL,
    longitude     DECIMAL(9,6) NULL,
    capacity      INT          NOT NULL,
    periods       VARCHAR(30)  NOT NULL,
    delivery      BOOLEAN      NOT NULL,
    opening_date  DATE         NULL,
    status        VARCHAR(16)  NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meals_site_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_meals_site_provider FOREIGN KEY (provider_id) REFERENCES providers_provider (id),
    CONSTRAINT fk_meals_site_village FOREIGN KEY (village_code) REFERENCES tenancy_village (code),
    CONSTRAINT fk_meals_site_township FOREIGN KEY (township_code) REFERENCES tenancy_township (code),
    CONSTRAINT ck_meals_site_type CHECK (site_type IN ('CANTEEN', 'ELDER_TABLE', 'MEAL_POINT')),
    CONSTRAINT ck_meals_site_level CHECK (site_level IN ('COMMUNITY', 'RESIDENTIAL')),
    CONSTRAINT ck_meals_site_status CHECK (status IN ('PLANNED', 'OPEN', 'SUSPENDED', 'CLOSED')),
    CONSTRAINT ck_meals_site_capacity CHECK (capacity > 0),
    CONSTRAINT ck_meals_site_coordinates CHECK ((latitude IS NULL) = (longitude IS NULL)),
    INDEX ix_meals_site_township (county_code, township_code, name),
    INDEX ix_meals_site_provider (county_code, provider_id, name),
    INDEX ix_meals_site_status (county_code, status, township_code, site_level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE meals_layout_target_seq START WITH 1 INCREMENT BY 50;

-- The layout plan (布局规划): sites planned per township and level, by a target year.
CREATE TABLE meals_layout_target (
    id            BIGINT       NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    township_code VARCHAR(12)  NOT NULL,
    site_level    VARCHAR(16)  NOT NULL,
    planned       INT          NOT NULL,
    target_year   INT          NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meals_layout_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_meals_layout_township FOREIGN KEY (township_code) REFERENCES tenancy_township (code),
    CONSTRAINT ck_meals_layout_level CHECK (site_level IN ('COMMUNITY', 'RESIDENTIAL')),
    CONSTRAINT ck_meals_layout_figures CHECK (planned >= 0 AND target_year BETWEEN 2000 AND 2100),
    UNIQUE INDEX ux_meals_layout_target (county_code, township_code, site_level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE meals_subsidy_table_seq START WITH 1 INCREMENT BY 50;

-- A version of a county's subsidy table; without one the national default applies (8.00 = elder 3.00 + county 5.00).
CREATE TABLE meals_subsidy_table (
    id             BIGINT        NOT NULL,
    county_code    VARCHAR(6)    NOT NULL,
    price          DECIMAL(10,2) NOT NULL,
    version        INT           NOT NULL,
    effective_from DATE          NOT NULL,
    reason         VARCHAR(200)  NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meals_subsidy_table_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_meals_subsidy_table CHECK (price > 0 AND version >= 1),
    UNIQUE INDEX ux_meals_subsidy_table_version (county_code, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A row of a table: the split of the price for an age band and economic status (the parts add up to the price).
CREATE TABLE meals_subsidy_rate (
    table_id        BIGINT        NOT NULL,
    age_band        VARCHAR(20)   NOT NULL,
    economic_status VARCHAR(20)   NOT NULL,
    elder_part      DECIMAL(10,2) NOT NULL,
    county_part     DECIMAL(10,2) NOT NULL,
    city_part       DECIMAL(10,2) NOT NULL,
    charity_part    DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (table_id, age_band, economic_status),
    CONSTRAINT fk_meals_subsidy_rate_table FOREIGN KEY (table_id) REFERENCES meals_subsidy_table (id),
    CONSTRAINT ck_meals_subsidy_rate CHECK (elder_part >= 0 AND county_part >= 0 AND city_part >= 0
        AND charity_part >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE meals_registration_seq START WITH 1 INCREMENT BY 50;

-- An elder's registration for meal assistance with the card's version; one active registration per elder
-- (active_elder_id is the elder while active, NULL once ended, under a unique key).
CREATE TABLE meals_registration (
    id              BIGINT       NOT NULL,
    county_code     VARCHAR(6)   NOT NULL,
    elder_id        BIGINT       NOT NULL,
    home_site_id    BIGINT       NOT NULL,
    diet            VARCHAR(16)  NOT NULL,
    daily           BOOLEAN      NOT NULL,
    active          BOOLEAN      NOT NULL,
    card_version    INT          NOT NULL,
    card_expires_on DATE         NOT NULL,
    ended_reason    VARCHAR(200) NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    active_elder_id BIGINT AS (CASE WHEN active THEN elder_id END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_meals_registration_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_meals_registration_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT fk_meals_registration_site FOREIGN KEY (home_site_id) REFERENCES meals_site (id),
    CONSTRAINT ck_meals_registration_diet CHECK (diet IN ('NONE', 'DIABETIC', 'SOFT', 'MINCED', 'LOW_SALT')),
    CONSTRAINT ck_meals_registration_card CHECK (card_version >= 1),
    UNIQUE INDEX ux_meals_registration_active (county_code, active_elder_id),
    INDEX ix_meals_registration_elder (county_code, elder_id),
    INDEX ix_meals_registration_site (county_code, home_site_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE meals_serving_seq START WITH 1 INCREMENT BY 50;

-- The meal ledger: entries are never changed or deleted; a correction is a reversal entry (negated amounts,
-- reverses_id set, at most one per serving).
CREATE TABLE meals_serving (
    id              BIGINT        NOT NULL,
    county_code     VARCHAR(6)    NOT NULL,
    site_id         BIGINT        NOT NULL,
    provider_id     BIGINT        NOT NULL,
    township_code   VARCHAR(12)   NOT NULL,
    elder_id        BIGINT        NOT NULL,
    registration_id BIGINT        NOT NULL,
    meal_day        DATE          NOT NULL,
    meal_period     VARCHAR(16)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    identified_by   VARCHAR(16)   NOT NULL,
    subsidised      BOOLEAN       NOT NULL,
    full_price      BOOLEAN       NOT NULL,
    table_version   INT           NOT NULL,
    price           DECIMAL(10,2) NOT NULL,
    elder_part      DECIMAL(10,2) NOT NULL,
    county_part     DECIMAL(10,2) NOT NULL,
    city_part       DECIMAL(10,2) NOT NULL,
    charity_part    DECIMAL(10,2) NOT NULL,
    reverses_id     BIGINT        NULL,
    reason          VARCHAR(200)  NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meals_serving_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_meals_serving_site FOREIGN KEY (site_id) REFERENCES meals_site (id),
    CONSTRAINT fk_meals_serving_provider FOREIGN KEY (provider_id) REFERENCES providers_provider (id),
    CONSTRAINT fk_meals_serving_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT fk_meals_serving_registration FOREIGN KEY (registration_id) REFERENCES meals_registration (id),
    CONSTRAINT fk_meals_serving_reverses FOREIGN KEY (reverses_id) REFERENCES meals_serving (id),
    CONSTRAINT ck_meals_serving_period CHECK (meal_period IN ('BREAKFAST', 'LUNCH', 'DINNER')),
    CONSTRAINT ck_meals_serving_kind CHECK (kind IN ('SERVED', 'DELIVERED')),
    CONSTRAINT ck_meals_serving_split CHECK (elder_part + county_part + city_part + charity_part = price),
    CONSTRAINT ck_meals_serving_sign CHECK (
        (reverses_id IS NULL AND reason IS NULL AND price >= 0 AND elder_part >= 0 AND county_part >= 0
            AND city_part >= 0 AND charity_part >= 0)
        OR (reverses_id IS NOT NULL AND reason IS NOT NULL AND price <= 0 AND elder_part <= 0 AND county_part <= 0
            AND city_part <= 0 AND charity_part <= 0)),
    UNIQUE INDEX ux_meals_serving_reversal (county_code, reverses_id),
    INDEX ix_meals_serving_site (county_code, site_id, meal_day),
    INDEX ix_meals_serving_elder (county_code, elder_id, meal_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One subsidised meal per elder, meal period and day in a county, whatever the site: the serving that took it
-- inserts the row in its own transaction (a concurrent second insert waits, then finds it); a reversal deletes it.
-- The insert ignores a duplicate key, so the table has no constraint but the key and the county's foreign key.
CREATE TABLE meals_subsidy_claim (
    county_code VARCHAR(6)  NOT NULL,
    elder_id    BIGINT      NOT NULL,
    meal_day    DATE        NOT NULL,
    meal_period VARCHAR(16) NOT NULL,
    serving_id  BIGINT      NOT NULL,
    PRIMARY KEY (county_code, elder_id, meal_day, meal_period),
    CONSTRAINT fk_meals_subsidy_claim_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
