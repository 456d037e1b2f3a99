-- Account settings (issue 16): a shopper's saved shipping addresses (one may be the default, the service keeps it
-- to one), and deleted accounts, whose row stays (orders, reviews and messages point at it) but anonymised.

CREATE SEQUENCE saved_address_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE saved_address (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL REFERENCES account (id),
    ship_name     VARCHAR(100)  NOT NULL,
    ship_line1    VARCHAR(120)  NOT NULL,
    ship_line2    VARCHAR(120),
    ship_postcode VARCHAR(20)   NOT NULL,
    ship_city     VARCHAR(80)   NOT NULL,
    ship_country  VARCHAR(2)    NOT NULL,
    is_default    BOOLEAN       NOT NULL,
    created_at    TIMESTAMP     NOT NULL
);
CREATE INDEX saved_address_account_ix ON saved_address (account_id, created_at);

ALTER TABLE account ADD COLUMN deleted_at TIMESTAMP;
