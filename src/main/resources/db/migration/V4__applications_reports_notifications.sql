-- Handmade verification, part two: applications with evidence per rubric criterion, the verifier's ticks and
-- decisions, appeals, shoppers' reports and the re-review flag, expiry notices, and in-app notifications.
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE report_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

-- How many photos a criterion needs before an application can be submitted (data, like the criteria).
ALTER TABLE rubric_criterion ADD COLUMN min_photos INTEGER DEFAULT 0 NOT NULL;
UPDATE rubric_criterion SET min_photos = 1 WHERE id IN (1, 3, 4, 5);
UPDATE rubric_criterion SET min_photos = 3 WHERE id = 2;

ALTER TABLE shop ADD COLUMN flagged_at TIMESTAMP;
ALTER TABLE badge ADD COLUMN notice_sent_at TIMESTAMP;

CREATE TABLE verification_application (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    shop_id          BIGINT         NOT NULL REFERENCES shop (id),
    kind             VARCHAR(20)    NOT NULL,
    state            VARCHAR(20)    NOT NULL,
    appeal_badge_id  BIGINT         REFERENCES badge (id),
    note             VARCHAR(2000),
    created_at       TIMESTAMP      NOT NULL,
    submitted_at     TIMESTAMP,
    decided_at       TIMESTAMP,
    decided_by       BIGINT         REFERENCES account (id),
    decision_note    VARCHAR(2000),
    reject_category  VARCHAR(40)
);
CREATE INDEX application_state_ix ON verification_application (state, submitted_at);
CREATE INDEX application_shop_ix ON verification_application (shop_id, created_at);

CREATE TABLE application_badge (
    application_id  BIGINT       NOT NULL REFERENCES verification_application (id),
    badge_code      VARCHAR(40)  NOT NULL REFERENCES badge_type (code),
    PRIMARY KEY (application_id, badge_code)
);

CREATE TABLE application_item (
    id              BIGINT         NOT NULL PRIMARY KEY,
    application_id  BIGINT         NOT NULL REFERENCES verification_application (id),
    criterion_id    BIGINT         NOT NULL REFERENCES rubric_criterion (id),
    evidence_text   VARCHAR(2000),
    met             BOOLEAN,
    review_note     VARCHAR(1000),
    CONSTRAINT application_item_uk UNIQUE (application_id, criterion_id)
);

CREATE TABLE application_item_photo (
    item_id    BIGINT       NOT NULL REFERENCES application_item (id),
    position   INTEGER      NOT NULL,
    media_key  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE TABLE verification_report (
    id           BIGINT         NOT NULL PRIMARY KEY,
    reporter_id  BIGINT         NOT NULL REFERENCES account (id),
    shop_id      BIGINT         NOT NULL REFERENCES shop (id),
    listing_id   BIGINT         REFERENCES listing (id),
    category     VARCHAR(30)    NOT NULL,
    text         VARCHAR(2000)  NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    closed_at    TIMESTAMP,
    closed_by    BIGINT         REFERENCES account (id)
);
CREATE INDEX report_shop_ix ON verification_report (shop_id, created_at);
CREATE INDEX report_reporter_ix ON verification_report (reporter_id, created_at);

CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    account_id   BIGINT        NOT NULL REFERENCES account (id),
    message_key  VARCHAR(80)   NOT NULL,
    args         VARCHAR(500),
    link         VARCHAR(300),
    created_at   TIMESTAMP     NOT NULL,
    read_at      TIMESTAMP
);
CREATE INDEX notification_account_ix ON notification (account_id, created_at);
