-- Follow-ups of a visit: a home-service order or a renovation application created as real records of those
-- services, or a referral (转介) to another office; each stays linked to its visit, one chain per elder.
CREATE SEQUENCE visits_followup_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE visits_followup (
    id            BIGINT       NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    visit_id      BIGINT       NOT NULL,
    enrolment_id  BIGINT       NOT NULL,
    elder_id      BIGINT       NOT NULL,
    kind          VARCHAR(12)  NOT NULL,
    order_id      BIGINT       NULL,
    plan_id       BIGINT       NULL,
    referred_to   VARCHAR(100) NULL,
    note          VARCHAR(500) NULL,
    closed_at     DATETIME(6)  NULL,
    closed_by     VARCHAR(100) NULL,
    closing_note  VARCHAR(500) NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visits_followup_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_visits_followup_visit FOREIGN KEY (visit_id) REFERENCES visits_visit (id),
    CONSTRAINT fk_visits_followup_order FOREIGN KEY (order_id) REFERENCES orders_order (id),
    CONSTRAINT fk_visits_followup_plan FOREIGN KEY (plan_id) REFERENCES renovation_plan (id),
    CONSTRAINT ck_visits_followup_kind CHECK ((kind = 'ORDER' AND order_id IS NOT NULL)
        OR (kind = 'RENOVATION' AND plan_id IS NOT NULL) OR (kind = 'REFERRAL' AND referred_to IS NOT NULL)),
    INDEX ix_visits_followup_elder (county_code, elder_id, created_at),
    INDEX ix_visits_followup_visit (county_code, visit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
