-- Every county's shared time-bank accounts exist before the first posting: the four balancing (source) accounts and
-- the county pool, in both units. Opened lazily, concurrent first postings of a county could deadlock on the new rows
-- (each inserting, then locking, the same account); opened here, a posting only ever locks existing rows in id order.
-- A county onboarded later has them opened on its first posting as before.
INSERT IGNORE INTO timebank_account (id, county_code, owner_kind, owner_id, unit, source, balance, created_at)
SELECT NEXT VALUE FOR timebank_account_seq, c.code, k.kind, 0, u.unit, k.kind <> 'POOL', 0, UTC_TIMESTAMP(6)
FROM tenancy_county c
    CROSS JOIN (SELECT 'POOL' AS kind UNION ALL SELECT 'ISSUED' UNION ALL SELECT 'SPENT' UNION ALL SELECT 'EXPIRED'
                UNION ALL SELECT 'PORTED') k
    CROSS JOIN (SELECT 'HOURS' AS unit UNION ALL SELECT 'POINTS') u;
