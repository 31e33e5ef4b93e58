-- The time bank's ledger: accounts of one unit each (HOURS in minutes, POINTS in whole points), append-only
-- double-entry transactions whose entries sum to zero, the points shop, and the outbox/inbox that move a volunteer's
-- balance to another county of the same city exactly once.

CREATE SEQUENCE timebank_account_seq START WITH 1 INCREMENT BY 1;

-- An account per county, owner and unit. Source accounts (ISSUED, SPENT, EXPIRED, PORTED; owner id 0) balance the
-- ledger and may go below zero; every other balance is kept at zero or above, also by the database.
CREATE TABLE timebank_account (
    id          BIGINT       NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    owner_kind  VARCHAR(16)  NOT NULL,
    owner_id    BIGINT       NOT NULL,
    unit        VARCHAR(8)   NOT NULL,
    source      BOOLEAN      NOT NULL,
    balance     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_account_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_timebank_account_kind CHECK (owner_kind IN ('VOLUNTEER', 'FAMILY', 'RESIDENT', 'POOL', 'ISSUED',
        'SPENT', 'EXPIRED', 'PORTED')
        AND source = (owner_kind IN ('ISSUED', 'SPENT', 'EXPIRED', 'PORTED'))),
    CONSTRAINT ck_timebank_account_unit CHECK (unit IN ('HOURS', 'POINTS')),
    CONSTRAINT ck_timebank_account_balance CHECK (source OR balance >= 0),
    UNIQUE INDEX ux_timebank_account_owner (county_code, owner_kind, owner_id, unit)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_transaction_seq START WITH 1 INCREMENT BY 1;

-- A posted transaction: its kind and unit, the reference it answers (an hours entry, an order, a transfer id; unique,
-- so a repeated event posts once), the transaction it reverses (each at most once), who posted it and why.
CREATE TABLE timebank_transaction (
    id           BIGINT       NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    unit         VARCHAR(8)   NOT NULL,
    reference    VARCHAR(100) NULL,
    reverses_id  BIGINT       NULL,
    reason       VARCHAR(200) NULL,
    by_proxy     BOOLEAN      NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_transaction_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_transaction_reverses FOREIGN KEY (reverses_id) REFERENCES timebank_transaction (id),
    CONSTRAINT ck_timebank_transaction_kind CHECK (kind IN ('EARN', 'REDEEM', 'TRANSFER', 'DONATE', 'EXPIRY',
        'ADJUSTMENT', 'AWARD', 'REVERSAL', 'PORT_OUT', 'PORT_IN')
        AND (kind = 'REVERSAL') = (reverses_id IS NOT NULL)),
    CONSTRAINT ck_timebank_transaction_unit CHECK (unit IN ('HOURS', 'POINTS')),
    UNIQUE INDEX ux_timebank_transaction_reference (county_code, reference),
    UNIQUE INDEX ux_timebank_transaction_reverses (county_code, reverses_id),
    INDEX ix_timebank_transaction_kind (county_code, kind, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_entry_seq START WITH 1 INCREMENT BY 1;

-- An entry: a signed amount on one account, with the account's balance after it (the statement's running balance).
CREATE TABLE timebank_entry (
    id             BIGINT      NOT NULL,
    county_code    VARCHAR(6)  NOT NULL,
    transaction_id BIGINT      NOT NULL,
    account_id     BIGINT      NOT NULL,
    unit           VARCHAR(8)  NOT NULL,
    amount         BIGINT      NOT NULL,
    balance_after  BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_entry_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_entry_transaction FOREIGN KEY (transaction_id) REFERENCES timebank_transaction (id),
    CONSTRAINT fk_timebank_entry_account FOREIGN KEY (account_id) REFERENCES timebank_account (id),
    CONSTRAINT ck_timebank_entry_amount CHECK (amount <> 0),
    UNIQUE INDEX ux_timebank_entry_account (county_code, transaction_id, account_id),
    INDEX ix_timebank_entry_statement (county_code, account_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the database refuses to change or remove a posted transaction or entry, whoever asks.
CREATE TRIGGER tr_timebank_transaction_no_update BEFORE UPDATE ON timebank_transaction FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'timebank_transaction is append-only: post a reversal';
CREATE TRIGGER tr_timebank_transaction_no_delete BEFORE DELETE ON timebank_transaction FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'timebank_transaction is append-only: post a reversal';
CREATE TRIGGER tr_timebank_entry_no_update BEFORE UPDATE ON timebank_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'timebank_entry is append-only: post a reversal';
CREATE TRIGGER tr_timebank_entry_no_delete BEFORE DELETE ON timebank_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'timebank_entry is append-only: post a reversal';

CREATE SEQUENCE timebank_goods_seq START WITH 1 INCREMENT BY 1;

-- Goods of a points shop (a village or community shop): a price in points and the stock, never below zero.
CREATE TABLE timebank_goods (
    id           BIGINT       NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    village_code VARCHAR(12)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    points       BIGINT       NOT NULL,
    stock        INT          NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_goods_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT ck_timebank_goods_points CHECK (points > 0),
    CONSTRAINT ck_timebank_goods_stock CHECK (stock >= 0),
    INDEX ix_timebank_goods_shop (county_code, village_code, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE timebank_shop_redemption_seq START WITH 1 INCREMENT BY 1;

-- Goods redeemed for points: the ledger's REDEEM transaction and the collection code (unique in the county) that
-- hands them over; the shop keeper marks them collected.
CREATE TABLE timebank_shop_redemption (
    id              BIGINT       NOT NULL,
    county_code     VARCHAR(6)   NOT NULL,
    goods_id        BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    points          BIGINT       NOT NULL,
    transaction_id  BIGINT       NOT NULL,
    code            VARCHAR(12)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    collected_by    VARCHAR(100) NULL,
    collected_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_shop_redemption_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_shop_redemption_goods FOREIGN KEY (goods_id) REFERENCES timebank_goods (id),
    CONSTRAINT fk_timebank_shop_redemption_account FOREIGN KEY (account_id) REFERENCES timebank_account (id),
    CONSTRAINT fk_timebank_shop_redemption_tx FOREIGN KEY (transaction_id) REFERENCES timebank_transaction (id),
    CONSTRAINT ck_timebank_shop_redemption_status CHECK (status IN ('ISSUED', 'COLLECTED')
        AND (status = 'COLLECTED') = (collected_at IS NOT NULL)),
    UNIQUE INDEX ux_timebank_shop_redemption_code (county_code, code),
    INDEX ix_timebank_shop_redemption_goods (county_code, goods_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A volunteer's balance leaving for another county of the same city: written in the debit's transaction (PORT_OUT)
-- under a unique transfer id, PENDING until the target county has credited it.
CREATE TABLE timebank_port_outbox (
    transfer_id         VARCHAR(36)  NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    volunteer_id        BIGINT       NOT NULL,
    unit                VARCHAR(8)   NOT NULL,
    amount              BIGINT       NOT NULL,
    transaction_id      BIGINT       NOT NULL,
    target_county       VARCHAR(6)   NOT NULL,
    target_volunteer_id BIGINT       NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    delivered_at        DATETIME(6)  NULL,
    PRIMARY KEY (transfer_id),
    CONSTRAINT fk_timebank_port_outbox_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_port_outbox_target FOREIGN KEY (target_county) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_port_outbox_tx FOREIGN KEY (transaction_id) REFERENCES timebank_transaction (id),
    CONSTRAINT ck_timebank_port_outbox_amount CHECK (amount > 0),
    CONSTRAINT ck_timebank_port_outbox_status CHECK (status IN ('PENDING', 'DELIVERED')
        AND (status = 'DELIVERED') = (delivered_at IS NOT NULL)),
    INDEX ix_timebank_port_outbox_pending (county_code, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The target county's receipt of a transfer: its unique key on the transfer id makes a redelivery harmless.
CREATE TABLE timebank_port_inbox (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    county_code    VARCHAR(6)   NOT NULL,
    transfer_id    VARCHAR(36)  NOT NULL,
    source_county  VARCHAR(6)   NOT NULL,
    volunteer_id   BIGINT       NOT NULL,
    unit           VARCHAR(8)   NOT NULL,
    amount         BIGINT       NOT NULL,
    transaction_id BIGINT       NULL,
    received_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_timebank_port_inbox_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_port_inbox_source FOREIGN KEY (source_county) REFERENCES tenancy_county (code),
    CONSTRAINT fk_timebank_port_inbox_tx FOREIGN KEY (transaction_id) REFERENCES timebank_transaction (id),
    UNIQUE INDEX ux_timebank_port_inbox_transfer (county_code, transfer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
