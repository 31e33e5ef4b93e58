-- Coverage read model: what was done in a county per month, kept by observers of the contexts' events
-- (OrderCompleted, PlanApproved, VisitRecorded) in the transactions that did it.
CREATE TABLE coverage_monthly_activity (
    county_code      VARCHAR(6)    NOT NULL,
    month            CHAR(7)       NOT NULL,
    orders_completed INT           NOT NULL DEFAULT 0,
    plans_approved   INT           NOT NULL DEFAULT 0,
    subsidy_approved DECIMAL(12,2) NOT NULL DEFAULT 0,
    visits_recorded  INT           NOT NULL DEFAULT 0,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (county_code, month),
    CONSTRAINT fk_coverage_activity_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
