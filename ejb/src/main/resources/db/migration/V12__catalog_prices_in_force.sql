-- A catalog price change becomes a version in force from a date, like policies and service prices
-- (one mechanism: version, effective_from, reason, created_by, created_at). Existing changes are numbered per item
-- in the order they were made and took effect on the China day they were made.
ALTER TABLE renovation_price_change
    CHANGE changed_by created_by VARCHAR(100) NOT NULL,
    CHANGE changed_at created_at DATETIME(6) NOT NULL,
    ADD COLUMN version INT NOT NULL DEFAULT 0 AFTER item_code,
    ADD COLUMN effective_from DATE NULL AFTER new_price;

UPDATE renovation_price_change c
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY county_code, item_code ORDER BY created_at, id) AS n
          FROM renovation_price_change) r ON r.id = c.id
SET c.version = r.n,
    c.effective_from = DATE(DATE_ADD(c.created_at, INTERVAL 8 HOUR));

ALTER TABLE renovation_price_change
    ALTER COLUMN version DROP DEFAULT,
    MODIFY effective_from DATE NOT NULL,
    ADD CONSTRAINT uq_renovation_price_version UNIQUE (county_code, item_code, version);
