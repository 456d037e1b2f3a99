-- Made to order: a shopper's request to a shop, the artisan's quote, the private listing it becomes, and the
-- progress photos the artisan posts on the shop order while making it.

-- A listing reserved for one shopper: never public (search, browse, shop page, API), buyable only by that account.
ALTER TABLE listing ADD COLUMN reserved_for BIGINT REFERENCES account (id);

CREATE SEQUENCE custom_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE progress_update_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE custom_request (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    shop_id         BIGINT         NOT NULL REFERENCES shop (id),
    account_id      BIGINT         NOT NULL REFERENCES account (id),
    description     VARCHAR(2000)  NOT NULL,
    budget_minor    BIGINT         NOT NULL,
    budget_currency VARCHAR(3)     NOT NULL,
    wished_date     DATE,
    status          VARCHAR(20)    NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    quote_minor     BIGINT,
    quote_currency  VARCHAR(3),
    quote_days      INTEGER,
    quote_text      VARCHAR(2000),
    quoted_at       TIMESTAMP,
    decline_reason  VARCHAR(500),
    closed_at       TIMESTAMP,
    listing_id      BIGINT         REFERENCES listing (id),
    CONSTRAINT custom_request_listing_uk UNIQUE (listing_id),
    CONSTRAINT custom_request_budget_ck CHECK (budget_minor > 0)
);
CREATE INDEX custom_request_account_ix ON custom_request (account_id, created_at);
CREATE INDEX custom_request_shop_ix ON custom_request (shop_id, created_at);

CREATE TABLE custom_request_photo (
    request_id  BIGINT       NOT NULL REFERENCES custom_request (id),
    position    INTEGER      NOT NULL,
    media_key   VARCHAR(32)  NOT NULL,
    width       INTEGER      NOT NULL,
    height      INTEGER      NOT NULL,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE progress_update (
    id             BIGINT        NOT NULL PRIMARY KEY,
    shop_order_id  BIGINT        NOT NULL REFERENCES shop_order (id),
    media_key      VARCHAR(32),
    width          INTEGER,
    height         INTEGER,
    note           VARCHAR(500)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL
);
CREATE INDEX progress_update_order_ix ON progress_update (shop_order_id, created_at);
