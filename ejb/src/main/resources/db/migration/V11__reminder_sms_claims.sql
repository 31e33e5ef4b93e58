-- Reminder texts go out exactly once: a sender first claims the reminder (sms_claim, its own short transaction),
-- then sends, then marks it sent; a claim older than ten minutes belongs to a sender that died and may be taken
-- over. Every message handed to the gateway is logged (one row per send, with the message id given to the gateway).
ALTER TABLE visits_reminder
    ADD COLUMN sms_claimed_at DATETIME(6) NULL AFTER sms_sent_at,
    ADD COLUMN sms_claim      BINARY(16)  NULL AFTER sms_claimed_at;

CREATE SEQUENCE visits_sms_sent_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE visits_sms_sent (
    id          BIGINT       NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    reminder_id BIGINT       NOT NULL,
    message_id  VARCHAR(120) NOT NULL,
    sent_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visits_sms_sent_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code),
    CONSTRAINT fk_visits_sms_sent_reminder FOREIGN KEY (reminder_id) REFERENCES visits_reminder (id),
    INDEX ix_visits_sms_sent_reminder (county_code, reminder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
