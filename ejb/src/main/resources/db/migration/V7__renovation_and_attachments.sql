-- Home aging-friendly renovation (适老化改造): each county's catalog, plans with their items and steps, the
-- per-household subsidy ledger that keeps approved subsidies under the cap; and the attachment store that
-- renovation photos (and later visit photos) are kept in.

CREATE SEQUENCE renovation_catalog_item_seq START WITH 1 INCREMENT BY 50;

-- A county's catalog: seeded from the default catalog on first use, then adjustable by the county.
CREATE TABLE renovation_catalog_item (
    id          BIGINT        NOT NULL,
    county_code VARCHAR(6)    NOT NULL,
    code        VARCHAR(10)   NOT NULL,
    category    VARCHAR(20)   NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    product     VARCHAR(120)  NOT NULL,
    unit        VARCHAR(10)   NOT NULL,
    unit_price  DECIMAL(10,2) NOT NULL,
    basic       BOOLEAN       NOT NULL,
    active      BOOLEAN       NOT NULL,
    sort_order  INT           NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_renovation_item_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_renovation_item_price CHECK (unit_price >= 0),
    UNIQUE INDEX ux_renovation_item_code (county_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The default catalog (6 categories, 22 items, after Binzhou's) for every county; a county adjusts its own
-- prices from there. Each id is taken from the sequence, so Hibernate never hands out one of them. A county
-- added by a later migration gets its catalog the same way.
INSERT INTO renovation_catalog_item (id, county_code, code, category, name, product, unit, unit_price, basic, active,
                                     sort_order, version, created_at, created_by, updated_at, updated_by)
SELECT NEXT VALUE FOR renovation_catalog_item_seq, c.code, d.code, d.category, d.name, d.product, d.unit, d.unit_price,
       d.basic, TRUE, d.sort_order, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'
FROM tenancy_county c CROSS JOIN (
    SELECT 'F01' code, 'FLOOR_PASSAGE' category, '地面防滑处理' name, '防滑地砖、防滑涂层' product, '平方米' unit, 80.00 unit_price, TRUE basic, 0 sort_order
    UNION ALL
    SELECT 'F02', 'FLOOR_PASSAGE', '门槛移除或高差处理', '门槛石拆除、斜坡过渡条', '处', 150.00, TRUE, 1
    UNION ALL
    SELECT 'F03', 'FLOOR_PASSAGE', '走廊扶手', '不锈钢扶手、尼龙扶手', '米', 120.00, TRUE, 2
    UNION ALL
    SELECT 'F04', 'FLOOR_PASSAGE', '入户坡道', '可移动坡道、水泥坡道', '处', 600.00, FALSE, 3
    UNION ALL
    SELECT 'B01', 'BATHROOM', '卫生间扶手', '一字型、L型、U型扶手', '个', 180.00, TRUE, 4
    UNION ALL
    SELECT 'B02', 'BATHROOM', '淋浴椅', '折叠淋浴椅、带靠背洗澡椅', '把', 260.00, TRUE, 5
    UNION ALL
    SELECT 'B03', 'BATHROOM', '坐便增高器', '坐便增高垫、带扶手增高器', '个', 160.00, TRUE, 6
    UNION ALL
    SELECT 'B04', 'BATHROOM', '浴室防滑垫', '吸盘防滑垫', '块', 40.00, TRUE, 7
    UNION ALL
    SELECT 'B05', 'BATHROOM', '蹲便改坐便', '坐便器及安装', '处', 900.00, FALSE, 8
    UNION ALL
    SELECT 'R01', 'BEDROOM', '床边护栏', '床边起身扶手、床护栏', '个', 220.00, TRUE, 9
    UNION ALL
    SELECT 'R02', 'BEDROOM', '感应夜灯', '人体感应夜灯', '个', 45.00, TRUE, 10
    UNION ALL
    SELECT 'R03', 'BEDROOM', '护理床', '手摇护理床、电动护理床', '张', 1800.00, FALSE, 11
    UNION ALL
    SELECT 'K01', 'KITCHEN', '燃气泄漏报警器', '可燃气体探测报警器', '个', 260.00, TRUE, 12
    UNION ALL
    SELECT 'K02', 'KITCHEN', '燃气自动切断阀', '机械手自动切断阀', '个', 380.00, FALSE, 13
    UNION ALL
    SELECT 'K03', 'KITCHEN', '厨房操作台改造', '降低台面、台下留空', '处', 800.00, FALSE, 14
    UNION ALL
    SELECT 'L01', 'LIGHTING', '双控开关改造', '床头与门口双控开关', '处', 120.00, TRUE, 15
    UNION ALL
    SELECT 'L02', 'LIGHTING', '大按键开关', '大面板开关、夜光开关', '个', 50.00, TRUE, 16
    UNION ALL
    SELECT 'L03', 'LIGHTING', '照明灯具更换', 'LED 吸顶灯、走廊灯', '盏', 150.00, FALSE, 17
    UNION ALL
    SELECT 'S01', 'SMART_AIDS', '紧急呼叫按钮', '一键呼叫器、SOS 按钮', '个', 260.00, TRUE, 18
    UNION ALL
    SELECT 'S02', 'SMART_AIDS', '跌倒检测报警器', '毫米波跌倒监测仪', '个', 680.00, FALSE, 19
    UNION ALL
    SELECT 'S03', 'SMART_AIDS', '烟雾报警器', '独立式光电感烟报警器', '个', 120.00, TRUE, 20
    UNION ALL
    SELECT 'S04', 'SMART_AIDS', '助行器具', '助行器、四脚手杖、轮椅', '件', 450.00, FALSE, 21
) d;

-- Every price change of a catalog item (the plans keep the price they were assessed and approved at).
CREATE SEQUENCE renovation_price_change_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE renovation_price_change (
    id          BIGINT        NOT NULL,
    county_code VARCHAR(6)    NOT NULL,
    item_code   VARCHAR(10)   NOT NULL,
    old_price   DECIMAL(10,2) NOT NULL,
    new_price   DECIMAL(10,2) NOT NULL,
    reason      VARCHAR(200)  NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_renovation_price_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    INDEX ix_renovation_price_item (county_code, item_code, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE renovation_plan_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE renovation_plan (
    id                 BIGINT        NOT NULL,
    county_code        VARCHAR(6)    NOT NULL,
    household_id       BIGINT        NOT NULL,
    elder_id           BIGINT        NOT NULL,
    township_code      VARCHAR(12)   NOT NULL,
    applicant_kind     VARCHAR(16)   NOT NULL,
    applicant_name     VARCHAR(40)   NULL,
    applicant_phone    VARCHAR(20)   NULL,
    request_notes      VARCHAR(500)  NULL,
    status             VARCHAR(16)   NOT NULL,
    assessed_by        VARCHAR(100)  NULL,
    assessed_at        DATETIME(6)   NULL,
    assessment_notes   VARCHAR(500)  NULL,
    total              DECIMAL(10,2) NOT NULL,
    subsidy            DECIMAL(10,2) NULL,
    self_pay           DECIMAL(10,2) NULL,
    cap                DECIMAL(10,2) NULL,
    cap_version        INT           NULL,
    remaining_before   DECIMAL(10,2) NULL,
    decided_by         VARCHAR(100)  NULL,
    decided_at         DATETIME(6)   NULL,
    contractor_id      BIGINT        NULL,
    started_at         DATETIME(6)   NULL,
    completed_at       DATETIME(6)   NULL,
    completion_notes   VARCHAR(500)  NULL,
    accepted_by        VARCHAR(100)  NULL,
    accepted_at        DATETIME(6)   NULL,
    settled_by         VARCHAR(100)  NULL,
    settled_at         DATETIME(6)   NULL,
    closing_reason     VARCHAR(200)  NULL,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_renovation_plan_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_renovation_plan_household FOREIGN KEY (household_id) REFERENCES elders_household (id),
    CONSTRAINT fk_renovation_plan_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id),
    CONSTRAINT fk_renovation_plan_contractor FOREIGN KEY (contractor_id) REFERENCES providers_provider (id),
    CONSTRAINT ck_renovation_plan_money CHECK (total >= 0 AND (subsidy IS NULL OR (subsidy >= 0
        AND self_pay >= 0 AND subsidy + self_pay = total AND subsidy <= cap))),
    CONSTRAINT ck_renovation_plan_status CHECK (status IN ('APPLIED', 'ASSESSED', 'APPROVED', 'REJECTED',
        'IN_PROGRESS', 'COMPLETED', 'ACCEPTED', 'SETTLED')),
    INDEX ix_renovation_plan_status (county_code, status, created_at),
    INDEX ix_renovation_plan_township (county_code, township_code, status, created_at),
    INDEX ix_renovation_plan_household (county_code, household_id),
    INDEX ix_renovation_plan_contractor (county_code, contractor_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE renovation_plan_item_seq START WITH 1 INCREMENT BY 50;

-- The assessed items of a plan, priced when they were assessed.
CREATE TABLE renovation_plan_item (
    id          BIGINT        NOT NULL,
    county_code VARCHAR(6)    NOT NULL,
    plan_id     BIGINT        NOT NULL,
    item_code   VARCHAR(10)   NOT NULL,
    category    VARCHAR(20)   NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    unit        VARCHAR(10)   NOT NULL,
    unit_price  DECIMAL(10,2) NOT NULL,
    quantity    INT           NOT NULL,
    amount      DECIMAL(10,2) NOT NULL,
    basic       BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_renovation_line_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_renovation_line_plan FOREIGN KEY (plan_id) REFERENCES renovation_plan (id),
    CONSTRAINT ck_renovation_line CHECK (quantity >= 1 AND unit_price >= 0 AND amount = unit_price * quantity),
    INDEX ix_renovation_line_plan (county_code, plan_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE renovation_plan_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE renovation_plan_event (
    id          BIGINT       NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    plan_id     BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    actor_role  VARCHAR(30)  NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    from_status VARCHAR(16)  NULL,
    to_status   VARCHAR(16)  NOT NULL,
    note        VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_renovation_event_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_renovation_event_plan FOREIGN KEY (plan_id) REFERENCES renovation_plan (id),
    INDEX ix_renovation_event_plan (county_code, plan_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The approved subsidies of a household in all. An approval locks the household's row, adds its subsidy with
-- a conditional update and the CHECK refuses any sum above the cap the approval was made under.
CREATE TABLE renovation_household_subsidy (
    county_code  VARCHAR(6)    NOT NULL,
    household_id BIGINT        NOT NULL,
    approved     DECIMAL(10,2) NOT NULL,
    cap          DECIMAL(10,2) NOT NULL,
    plans        INT           NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (county_code, household_id),
    CONSTRAINT fk_renovation_subsidy_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_renovation_subsidy_household FOREIGN KEY (household_id) REFERENCES elders_household (id),
    CONSTRAINT ck_renovation_subsidy_cap CHECK (approved >= 0 AND approved <= cap)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos and documents of any context, kept in the database (durable, backed up with the data, never under
-- the web root), served only through the owning context's access checks.
CREATE SEQUENCE shared_attachment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE shared_attachment (
    id           BIGINT       NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    owner_type   VARCHAR(30)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    purpose      VARCHAR(20)  NOT NULL,
    file_name    VARCHAR(120) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       BINARY(32)   NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    thumbnail    BLOB         NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_shared_attachment_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    INDEX ix_shared_attachment_owner (county_code, owner_type, owner_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
