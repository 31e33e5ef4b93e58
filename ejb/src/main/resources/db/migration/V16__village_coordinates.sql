-- The 15-minute service circle (一刻钟服务圈): where each village or community is (the seat of its committee, in
-- WGS-84 degrees as a GPS gives them; NULL until the county administrator sets it, both or neither), and an index
-- from which the circle's elder counts per village are read without touching the elders' rows.
ALTER TABLE tenancy_village
    ADD COLUMN latitude  DECIMAL(9,6) NULL,
    ADD COLUMN longitude DECIMAL(9,6) NULL;

ALTER TABLE tenancy_village
    ADD CONSTRAINT ck_tenancy_village_location CHECK ((latitude IS NULL AND longitude IS NULL)
        OR (latitude IS NOT NULL AND longitude IS NOT NULL
            AND latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));

CREATE INDEX ix_elders_elder_circle ON elders_elder (county_code, status, township_code, village_code,
    hardship_basis, birth_date);
