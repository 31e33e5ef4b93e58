-- Meal assistance: monthly settlement per site with its locked months, meals booked ahead, and the no-show spells
-- that feed the visit programme's reminders.

-- Every ledger entry is booked into an accounting month when it is recorded, never changed afterwards: the month of
-- its meal day, or the next open month when that month was settled already. The entries recorded before are in the
-- month of their meal day (no month was settled then).
ALTER TABLE meals_serving ADD COLUMN accounting_month VARCHAR(7) NULL AFTER meal_day;
UPDATE meals_serving SET accounting_month = DATE_FORMAT(meal_day, '%Y-%m');
ALTER TABLE meals_serving MODIFY accounting_month VARCHAR(7) NOT NULL;
CREATE INDEX ix_meals_serving_month ON meals_serving (county_code, site_id, accounting_month);

CREATE SEQUENCE meals_settlement_seq START WITH 1 INCREMENT BY 50;

-- A site's monthly settlement: the totals per funding source of the entries booked into the month (reversals
-- negative). One per site and month; once it exists the month is locked.
CREATE TABLE meals_settlement (
    id            BIGINT        NOT NULL,
    county_code   VARCHAR(6)    NOT NULL,
    site_id       BIGINT        NOT NULL,
    provider_id   BIGINT        NOT NULL,
    month         VARCHAR(7)    NOT NULL,
    servings      INT           NOT NULL,
    reversals     INT           NOT NULL,
    total_elder   DECIMAL(12,2) NOT NULL,
    total_county  DECIMAL(12,2) NOT NULL,
    total_city    DECIMAL(12,2) NOT NULL,
    total_charity DECIMAL(12,2) NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meals_settlement_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_meals_settlement_site FOREIGN KEY (site_id) REFERENCES meals_site (id),
    CONSTRAINT fk_meals_settlement_provider FOREIGN KEY (provider_id) REFERENCES providers_provider (id),
    CONSTRAINT ck_meals_settlement_counts CHECK (servings >= 0 AND reversals >= 0),
    UNIQUE INDEX ux_meals_settlement_month (county_code, site_id, month),
    INDEX ix_meals_settlement_provider (county_code, provider_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE meals_booking_seq START WITH 1 INCREMENT BY 50;

-- A meal booked ahead at the elder's home site; one live booking (booked or served) per elder, day and meal period
-- (live_elder_id is the elder unless cancelled, under a unique key).
CREATE TABLE meals_booking (
    id              BIGINT       NOT NULL,
    county_code     VARCHAR(6)   NOT NULL,
    elder_id        BIGINT       NOT NULL,
    registration_id BIGINT       NOT NULL,
    site_id         BIGINT       NOT NULL,
    meal_day        DATE         NOT NULL,
    meal_period     VARCHAR(16)  NOT NULL,
    diet            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    serving_id      BIGINT       NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    live_elder_id   BIGINT AS (CASE WHEN status <> 'CANCELLED' THEN elder_id END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_meals_booking_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_meals_booking_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT fk_meals_booking_registration FOREIGN KEY (registration_id) REFERENCES meals_registration (id),
    CONSTRAINT fk_meals_booking_site FOREIGN KEY (site_id) REFERENCES meals_site (id),
    CONSTRAINT fk_meals_booking_serving FOREIGN KEY (serving_id) REFERENCES meals_serving (id),
    CONSTRAINT ck_meals_booking_period CHECK (meal_period IN ('BREAKFAST', 'LUNCH', 'DINNER')),
    CONSTRAINT ck_meals_booking_diet CHECK (diet IN ('NONE', 'DIABETIC', 'SOFT', 'MINCED', 'LOW_SALT')),
    CONSTRAINT ck_meals_booking_status CHECK (status IN ('BOOKED', 'SERVED', 'CANCELLED')
        AND (status = 'SERVED') = (serving_id IS NOT NULL)),
    UNIQUE INDEX ux_meals_booking_live (county_code, live_elder_id, meal_day, meal_period),
    INDEX ix_meals_booking_elder (county_code, elder_id, meal_day),
    INDEX ix_meals_booking_site (county_code, site_id, meal_day, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An absence spell of an elder registered for daily meals: no standing meal from absent_since on. Keyed by elder and
-- first day without a meal, so a rerun of the daily detection finds it once (detection_run names the run that found
-- it first); days and seen_on follow the later runs. The spell is open while no standing meal follows it.
CREATE TABLE meals_no_show (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    county_code     VARCHAR(6)  NOT NULL,
    elder_id        BIGINT      NOT NULL,
    registration_id BIGINT      NOT NULL,
    home_site_id    BIGINT      NOT NULL,
    absent_since    DATE        NOT NULL,
    last_meal_day   DATE        NULL,
    days            INT         NOT NULL,
    detected_on     DATE        NOT NULL,
    seen_on         DATE        NOT NULL,
    detected_at     DATETIME(6) NOT NULL,
    detection_run   BINARY(16)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meals_no_show_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_meals_no_show_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT fk_meals_no_show_registration FOREIGN KEY (registration_id) REFERENCES meals_registration (id),
    CONSTRAINT fk_meals_no_show_site FOREIGN KEY (home_site_id) REFERENCES meals_site (id),
    CONSTRAINT ck_meals_no_show_days CHECK (days >= 1 AND (last_meal_day IS NULL OR last_meal_day < absent_since)),
    UNIQUE INDEX ux_meals_no_show_spell (county_code, elder_id, absent_since),
    INDEX ix_meals_no_show_run (county_code, detection_run),
    INDEX ix_meals_no_show_days (county_code, days, absent_since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The daily detection reads the county's active registrations for daily meals.
CREATE INDEX ix_meals_registration_daily ON meals_registration (county_code, active, daily, created_at);

-- The visit programme reminds the visitor of an enrolled elder who stopped coming to meals.
ALTER TABLE visits_reminder DROP CONSTRAINT ck_visits_reminder_kind;
ALTER TABLE visits_reminder ADD CONSTRAINT ck_visits_reminder_kind
    CHECK (kind IN ('DUE', 'OVERDUE', 'ESCALATION', 'WEATHER', 'NO_SHOW'));
