-- Reviews by aspect, the public quality figures of every shop, and the computed Trusted maker badge.
CREATE SEQUENCE review_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_photo_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_report_seq START WITH 50 INCREMENT BY 50;

-- One review per delivered order line, by its buyer; four aspects 1-5; one public reply by the shop.
CREATE TABLE review (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    order_line_id    BIGINT         NOT NULL REFERENCES order_line (id),
    shop_id          BIGINT         NOT NULL REFERENCES shop (id),
    listing_id       BIGINT         NOT NULL REFERENCES listing (id),
    listing_title    VARCHAR(120)   NOT NULL,
    author_id        BIGINT         NOT NULL REFERENCES account (id),
    author_name      VARCHAR(80)    NOT NULL,
    craftsmanship    SMALLINT       NOT NULL,
    as_described     SMALLINT       NOT NULL,
    communication    SMALLINT       NOT NULL,
    packaging        SMALLINT       NOT NULL,
    body             VARCHAR(2000)  NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    reply            VARCHAR(1000),
    replied_at       TIMESTAMP,
    hidden           BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT review_line_uk UNIQUE (order_line_id),
    CONSTRAINT review_scores_ck CHECK (craftsmanship BETWEEN 1 AND 5 AND as_described BETWEEN 1 AND 5
        AND communication BETWEEN 1 AND 5 AND packaging BETWEEN 1 AND 5)
);
CREATE INDEX review_shop_ix ON review (shop_id, hidden, created_at);
CREATE INDEX review_listing_ix ON review (listing_id, hidden, created_at);

CREATE TABLE review_photo (
    id          BIGINT        NOT NULL PRIMARY KEY,
    review_id   BIGINT        NOT NULL REFERENCES review (id),
    position    INTEGER       NOT NULL,
    media_key   VARCHAR(64)   NOT NULL,
    width       INTEGER       NOT NULL,
    height      INTEGER       NOT NULL
);
CREATE INDEX review_photo_review_ix ON review_photo (review_id);

-- A signed-in user's report of an abusive review, and the admin's recorded decision (HIDE or KEEP).
CREATE TABLE review_report (
    id             BIGINT         NOT NULL PRIMARY KEY,
    review_id      BIGINT         NOT NULL REFERENCES review (id),
    reporter_id    BIGINT         NOT NULL REFERENCES account (id),
    reason         VARCHAR(500)   NOT NULL,
    created_at     TIMESTAMP      NOT NULL,
    decision       VARCHAR(10),
    decision_note  VARCHAR(500),
    decided_by     BIGINT         REFERENCES account (id),
    decided_at     TIMESTAMP,
    CONSTRAINT review_report_uk UNIQUE (review_id, reporter_id)
);
CREATE INDEX review_report_open_ix ON review_report (decided_at, created_at);

-- Why a refund was given (NOT_AS_DESCRIBED counts in the public return rate) and who cancelled.
ALTER TABLE shop_order ADD COLUMN refund_reason VARCHAR(30);
ALTER TABLE shop_order ADD COLUMN cancelled_by_shopper BOOLEAN DEFAULT FALSE NOT NULL;

-- A shop's figures, recomputed when an order, review or message moves them (and daily): never on a page view.
-- period_code: D90 (the last 90 days) or ALL. Counts are the bases the page shows ("over 12 orders").
CREATE TABLE shop_figures (
    shop_id              BIGINT        NOT NULL REFERENCES shop (id),
    period_code          VARCHAR(4)    NOT NULL,
    computed_at          TIMESTAMP     NOT NULL,
    review_count         INTEGER       NOT NULL,
    avg_craftsmanship    DECIMAL(3,2),
    avg_as_described     DECIMAL(3,2),
    avg_communication    DECIMAL(3,2),
    avg_packaging        DECIMAL(3,2),
    order_count          INTEGER       NOT NULL,
    sales_count          INTEGER       NOT NULL,
    due_count            INTEGER       NOT NULL,
    on_time_count        INTEGER       NOT NULL,
    cancelled_count      INTEGER       NOT NULL,
    not_as_described_count INTEGER     NOT NULL,
    conversation_count   INTEGER       NOT NULL,
    median_response_minutes INTEGER,
    PRIMARY KEY (shop_id, period_code)
);

-- Computed badges are granted and lost by a daily timer against published criteria, never by application.
ALTER TABLE badge_type ADD COLUMN computed BOOLEAN DEFAULT FALSE NOT NULL;
INSERT INTO badge_type (code, position, months_valid, name_en, name_de, summary_en, summary_de, computed)
VALUES ('TRUSTED_MAKER', 4, 1, 'Trusted maker', 'Verlässliche Werkstatt',
  'Computed every day from the shop''s own orders, reviews and messages over the last 90 days; lost as soon as the figures fall below the criteria.',
  'Wird jeden Tag aus den Bestellungen, Bewertungen und Nachrichten der letzten 90 Tage berechnet und entfällt, sobald die Zahlen unter die Kriterien fallen.',
  TRUE);
INSERT INTO rubric_criterion (id, badge_code, position, text_en, text_de, evidence_en, evidence_de) VALUES (20, 'TRUSTED_MAKER', 1,
  'At least 5 orders in the last 90 days.', 'Mindestens 5 Bestellungen in den letzten 90 Tagen.',
  'Counted from the shop''s orders.', 'Aus den Bestellungen des Shops gezählt.');
INSERT INTO rubric_criterion (id, badge_code, position, text_en, text_de, evidence_en, evidence_de) VALUES (21, 'TRUSTED_MAKER', 2,
  'At least 95 % of orders shipped within the promised processing time.',
  'Mindestens 95 % der Bestellungen innerhalb der versprochenen Bearbeitungszeit versandt.',
  'Date of shipping against the processing time promised at checkout.',
  'Versanddatum gegenüber der beim Kauf versprochenen Bearbeitungszeit.');
INSERT INTO rubric_criterion (id, badge_code, position, text_en, text_de, evidence_en, evidence_de) VALUES (22, 'TRUSTED_MAKER', 3,
  'Craftsmanship & finish rated 4.8 or more on average, over at least 3 reviews.',
  'Verarbeitung im Durchschnitt mit 4,8 oder mehr bewertet, bei mindestens 3 Bewertungen.',
  'Reviews by buyers of delivered pieces (hidden reviews do not count).',
  'Bewertungen von Käuferinnen und Käufern gelieferter Stücke (ausgeblendete zählen nicht).');
INSERT INTO rubric_criterion (id, badge_code, position, text_en, text_de, evidence_en, evidence_de) VALUES (23, 'TRUSTED_MAKER', 4,
  'Half of all shoppers'' messages answered within 24 hours (median first response).',
  'Die Hälfte aller Nachrichten von Kundinnen und Kunden innerhalb von 24 Stunden beantwortet (Median der ersten Antwort).',
  'Time from a shopper''s first message to the shop''s first reply; unanswered messages count as late.',
  'Zeit von der ersten Nachricht bis zur ersten Antwort des Shops; unbeantwortete Nachrichten zählen als verspätet.');
