-- Cart, checkout, orders across shops, payments, and each shop's ledger and payouts.
CREATE SEQUENCE cart_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cart_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE shop_order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE order_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE order_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ledger_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE payout_seq START WITH 50 INCREMENT BY 50;

-- A shop's shipping profile: a flat rate per destination zone, and an optional free-shipping threshold.
ALTER TABLE shop ADD COLUMN ship_domestic_minor BIGINT DEFAULT 490 NOT NULL;
ALTER TABLE shop ADD COLUMN ship_eu_minor BIGINT DEFAULT 990 NOT NULL;
ALTER TABLE shop ADD COLUMN ship_world_minor BIGINT DEFAULT 1990 NOT NULL;
ALTER TABLE shop ADD COLUMN free_shipping_minor BIGINT;
ALTER TABLE shop ADD CONSTRAINT shop_shipping_ck CHECK (ship_domestic_minor >= 0 AND ship_eu_minor >= 0
    AND ship_world_minor >= 0 AND (free_shipping_minor IS NULL OR free_shipping_minor > 0));

-- One cart per account, or per anonymous browser (a random token in a cookie).
CREATE TABLE cart (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       REFERENCES account (id),
    token       VARCHAR(64),
    updated_at  TIMESTAMP    NOT NULL,
    CONSTRAINT cart_account_uk UNIQUE (account_id),
    CONSTRAINT cart_token_uk UNIQUE (token),
    CONSTRAINT cart_owner_ck CHECK (account_id IS NOT NULL OR token IS NOT NULL)
);

CREATE TABLE cart_line (
    id          BIGINT     NOT NULL PRIMARY KEY,
    cart_id     BIGINT     NOT NULL REFERENCES cart (id),
    listing_id  BIGINT     NOT NULL REFERENCES listing (id),
    quantity    INTEGER    NOT NULL,
    added_at    TIMESTAMP  NOT NULL,
    CONSTRAINT cart_line_uk UNIQUE (cart_id, listing_id),
    CONSTRAINT cart_line_quantity_ck CHECK (quantity > 0)
);

-- What was paid: one row per checkout key; a card number is never stored, only its last four digits.
CREATE TABLE payment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    idempotency_key  VARCHAR(64)   NOT NULL,
    account_id       BIGINT        NOT NULL REFERENCES account (id),
    amount_minor     BIGINT        NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    card_last4       VARCHAR(4)    NOT NULL,
    provider_ref     VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT payment_key_uk UNIQUE (idempotency_key)
);

-- The shopper's order: one per checkout (the idempotency key makes a repeated submission the same order).
CREATE TABLE customer_order (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    account_id       BIGINT        NOT NULL REFERENCES account (id),
    idempotency_key  VARCHAR(64)   NOT NULL,
    payment_id       BIGINT        NOT NULL REFERENCES payment (id),
    ship_name        VARCHAR(100)  NOT NULL,
    ship_line1       VARCHAR(120)  NOT NULL,
    ship_line2       VARCHAR(120),
    ship_postcode    VARCHAR(20)   NOT NULL,
    ship_city        VARCHAR(80)   NOT NULL,
    ship_country     VARCHAR(2)    NOT NULL,
    total_minor      BIGINT        NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT customer_order_key_uk UNIQUE (idempotency_key)
);
CREATE INDEX customer_order_account_ix ON customer_order (account_id, created_at);

-- Each shop's part of an order: its own lines, shipping, status and commission.
CREATE TABLE shop_order (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    order_id          BIGINT         NOT NULL REFERENCES customer_order (id),
    shop_id           BIGINT         NOT NULL REFERENCES shop (id),
    status            VARCHAR(20)    NOT NULL,
    subtotal_minor    BIGINT         NOT NULL,
    shipping_minor    BIGINT         NOT NULL,
    currency          VARCHAR(3)     NOT NULL,
    commission_bp     INTEGER        NOT NULL,
    commission_minor  BIGINT         NOT NULL,
    refunded_minor    BIGINT         DEFAULT 0 NOT NULL,
    processing_days   INTEGER        NOT NULL,
    carrier           VARCHAR(60),
    tracking_number   VARCHAR(60),
    created_at        TIMESTAMP      NOT NULL,
    shipped_at        TIMESTAMP,
    delivered_at      TIMESTAMP,
    cancelled_at      TIMESTAMP,
    cancel_reason     VARCHAR(500),
    CONSTRAINT shop_order_refund_ck CHECK (refunded_minor >= 0 AND refunded_minor <= subtotal_minor + shipping_minor)
);
CREATE INDEX shop_order_shop_ix ON shop_order (shop_id, status, created_at);
CREATE INDEX shop_order_order_ix ON shop_order (order_id);

CREATE TABLE order_line (
    id                BIGINT        NOT NULL PRIMARY KEY,
    shop_order_id     BIGINT        NOT NULL REFERENCES shop_order (id),
    listing_id        BIGINT        NOT NULL REFERENCES listing (id),
    title             VARCHAR(120)  NOT NULL,
    unit_price_minor  BIGINT        NOT NULL,
    quantity          INTEGER       NOT NULL,
    CONSTRAINT order_line_quantity_ck CHECK (quantity > 0)
);
CREATE INDEX order_line_shop_order_ix ON order_line (shop_order_id);

-- The status timeline of a shop order, shown to both sides.
CREATE TABLE shop_order_event (
    id             BIGINT        NOT NULL PRIMARY KEY,
    shop_order_id  BIGINT        NOT NULL REFERENCES shop_order (id),
    kind           VARCHAR(20)   NOT NULL,
    note           VARCHAR(500),
    created_at     TIMESTAMP     NOT NULL
);
CREATE INDEX shop_order_event_ix ON shop_order_event (shop_order_id, created_at);

-- Payouts to a shop; an admin marks them paid.
CREATE TABLE payout (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL,
    shop_id       BIGINT      NOT NULL REFERENCES shop (id),
    amount_minor  BIGINT      NOT NULL,
    currency      VARCHAR(3)  NOT NULL,
    status        VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP   NOT NULL,
    paid_at       TIMESTAMP,
    paid_by       BIGINT      REFERENCES account (id),
    CONSTRAINT payout_amount_ck CHECK (amount_minor > 0)
);
CREATE INDEX payout_shop_ix ON payout (shop_id, created_at);

-- Every movement of a shop's money, signed: sale +, commission -, refund -, commission reversal +, payout -.
-- The shop's balance is the sum of its entries.
CREATE TABLE ledger_entry (
    id             BIGINT      NOT NULL PRIMARY KEY,
    shop_id        BIGINT      NOT NULL REFERENCES shop (id),
    shop_order_id  BIGINT      REFERENCES shop_order (id),
    payout_id      BIGINT      REFERENCES payout (id),
    kind           VARCHAR(30) NOT NULL,
    amount_minor   BIGINT      NOT NULL,
    currency       VARCHAR(3)  NOT NULL,
    created_at     TIMESTAMP   NOT NULL
);
CREATE INDEX ledger_entry_shop_ix ON ledger_entry (shop_id, created_at);

CREATE TABLE platform_setting (
    setting_name   VARCHAR(40)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(200) NOT NULL
);
INSERT INTO platform_setting (setting_name, setting_value) VALUES ('commission_bp', '1000');
