-- Service providers (home services, renovation contractors, meal-site operators) and their staff;
-- the home-service catalog with price history; orders with their events; monthly allowances; settlements.

CREATE SEQUENCE providers_provider_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE providers_provider (
    id             BIGINT       NOT NULL,
    county_code    VARCHAR(6)   NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    licence_no     VARCHAR(60)  NULL,
    contact_person VARCHAR(40)  NULL,
    phone          VARCHAR(20)  NULL,
    address        VARCHAR(200) NULL,
    works          VARCHAR(100) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_providers_provider_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_providers_provider_status CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    UNIQUE INDEX ux_providers_provider_code (county_code, code),
    INDEX ix_providers_provider_name (county_code, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The townships a provider serves.
CREATE TABLE providers_provider_area (
    provider_id   BIGINT      NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    PRIMARY KEY (provider_id, township_code),
    CONSTRAINT fk_providers_area_provider FOREIGN KEY (provider_id) REFERENCES providers_provider (id),
    CONSTRAINT fk_providers_area_township FOREIGN KEY (township_code) REFERENCES tenancy_township (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE providers_staff_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE providers_staff (
    id             BIGINT       NOT NULL,
    county_code    VARCHAR(6)   NOT NULL,
    provider_id    BIGINT       NOT NULL,
    name           VARCHAR(40)  NOT NULL,
    phone          VARCHAR(20)  NULL,
    username       VARCHAR(100) NULL,
    qualifications VARCHAR(200) NULL,
    active         BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_providers_staff_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_providers_staff_provider FOREIGN KEY (provider_id) REFERENCES providers_provider (id),
    UNIQUE INDEX ux_providers_staff_username (county_code, username),
    INDEX ix_providers_staff_provider (county_code, provider_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A county's prices of the home services; without a row the national default applies.
CREATE SEQUENCE orders_service_price_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE orders_service_price (
    id               BIGINT        NOT NULL,
    county_code      VARCHAR(6)    NOT NULL,
    service          VARCHAR(30)   NOT NULL,
    version          INT           NOT NULL,
    unit_price       DECIMAL(10,2) NOT NULL,
    duration_minutes INT           NOT NULL,
    effective_from   DATE          NOT NULL,
    reason           VARCHAR(200)  NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_orders_service_price_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_orders_service_price CHECK (unit_price >= 0 AND duration_minutes > 0 AND version >= 1),
    UNIQUE INDEX ux_orders_service_price_version (county_code, service, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE orders_settlement_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE orders_settlement (
    id              BIGINT        NOT NULL,
    county_code     VARCHAR(6)    NOT NULL,
    provider_id     BIGINT        NOT NULL,
    month           VARCHAR(7)    NOT NULL,
    orders          INT           NOT NULL,
    total_self      DECIMAL(12,2) NOT NULL,
    total_allowance DECIMAL(12,2) NOT NULL,
    total_charity   DECIMAL(12,2) NOT NULL,
    total           DECIMAL(12,2) NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_orders_settlement_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_orders_settlement_provider FOREIGN KEY (provider_id) REFERENCES providers_provider (id),
    UNIQUE INDEX ux_orders_settlement_month (county_code, provider_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE orders_order_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE orders_order (
    id                BIGINT         NOT NULL,
    county_code       VARCHAR(6)     NOT NULL,
    elder_id          BIGINT         NOT NULL,
    township_code     VARCHAR(12)    NOT NULL,
    service           VARCHAR(30)    NOT NULL,
    price_version     INT            NOT NULL,
    unit_price        DECIMAL(10,2)  NOT NULL,
    quantity          INT            NOT NULL,
    amount            DECIMAL(10,2)  NOT NULL,
    planned_minutes   INT            NOT NULL,
    payer             VARCHAR(16)    NOT NULL,
    allowance_month   VARCHAR(7)     NULL,
    scheduled_at      DATETIME(6)    NOT NULL,
    address           VARCHAR(200)   NULL,
    request_notes     VARCHAR(500)   NULL,
    origin            VARCHAR(16)    NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    provider_id       BIGINT         NULL,
    staff_id          BIGINT         NULL,
    checked_in_at     DATETIME(6)    NULL,
    check_in_lat      DECIMAL(9,6)   NULL,
    check_in_lng      DECIMAL(9,6)   NULL,
    checked_out_at    DATETIME(6)    NULL,
    duration_minutes  INT            NULL,
    completion_notes  VARCHAR(500)   NULL,
    rating            TINYINT        NULL,
    rating_comment    VARCHAR(500)   NULL,
    confirmed_by      VARCHAR(16)    NULL,
    closing_reason    VARCHAR(200)   NULL,
    settlement_id     BIGINT         NULL,
    version           BIGINT         NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    created_by        VARCHAR(100)   NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    updated_by        VARCHAR(100)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_orders_order_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_orders_order_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT fk_orders_order_provider FOREIGN KEY (provider_id) REFERENCES providers_provider (id),
    CONSTRAINT fk_orders_order_staff FOREIGN KEY (staff_id) REFERENCES providers_staff (id),
    CONSTRAINT fk_orders_order_settlement FOREIGN KEY (settlement_id) REFERENCES orders_settlement (id),
    CONSTRAINT ck_orders_order_amounts CHECK (unit_price >= 0 AND quantity >= 1 AND amount >= 0
        AND (duration_minutes IS NULL OR duration_minutes >= 0) AND (rating IS NULL OR rating BETWEEN 1 AND 5)),
    CONSTRAINT ck_orders_order_status CHECK (status IN ('CREATED', 'ASSIGNED', 'CHECKED_IN', 'COMPLETED',
        'CONFIRMED', 'SETTLED', 'CANCELLED', 'REJECTED')),
    CONSTRAINT ck_orders_order_payer CHECK (payer IN ('SELF', 'ALLOWANCE', 'CHARITY')),
    INDEX ix_orders_order_status (county_code, status, scheduled_at),
    INDEX ix_orders_order_provider (county_code, provider_id, status, scheduled_at),
    INDEX ix_orders_order_staff (county_code, staff_id, scheduled_at),
    INDEX ix_orders_order_elder (county_code, elder_id, scheduled_at),
    INDEX ix_orders_order_township (county_code, township_code, scheduled_at),
    INDEX ix_orders_order_settle (county_code, provider_id, status, checked_out_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE orders_order_event_seq START WITH 1 INCREMENT BY 50;

-- Every transition of an order: who, when, from which status to which, why.
CREATE TABLE orders_order_event (
    id          BIGINT       NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    order_id    BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    actor_role  VARCHAR(30)  NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    from_status VARCHAR(16)  NULL,
    to_status   VARCHAR(16)  NOT NULL,
    note        VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_orders_event_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_orders_event_order FOREIGN KEY (order_id) REFERENCES orders_order (id),
    INDEX ix_orders_event_order (county_code, order_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An eligible elder's government-purchased service allowance of one month: granted, reserved by assigned
-- orders, consumed by completed ones. granted - reserved - consumed never goes below zero.
CREATE TABLE orders_allowance (
    county_code    VARCHAR(6)    NOT NULL,
    elder_id       BIGINT        NOT NULL,
    month          VARCHAR(7)    NOT NULL,
    granted        DECIMAL(10,2) NOT NULL,
    reserved       DECIMAL(10,2) NOT NULL,
    consumed       DECIMAL(10,2) NOT NULL,
    policy_version INT           NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (county_code, elder_id, month),
    CONSTRAINT fk_orders_allowance_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_orders_allowance_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT ck_orders_allowance_balance CHECK (reserved >= 0 AND consumed >= 0 AND reserved + consumed <= granted)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
