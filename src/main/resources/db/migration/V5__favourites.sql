-- Favourites: a shopper's saved pieces and shops. One row per account and thing; exactly one of the two is set.
CREATE SEQUENCE favourite_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE favourite (
    id          BIGINT     NOT NULL PRIMARY KEY,
    account_id  BIGINT     NOT NULL REFERENCES account (id),
    listing_id  BIGINT     REFERENCES listing (id),
    shop_id     BIGINT     REFERENCES shop (id),
    created_at  TIMESTAMP  NOT NULL,
    CONSTRAINT favourite_one_thing CHECK ((listing_id IS NULL AND shop_id IS NOT NULL)
                                          OR (listing_id IS NOT NULL AND shop_id IS NULL)),
    CONSTRAINT favourite_listing_uk UNIQUE (account_id, listing_id),
    CONSTRAINT favourite_shop_uk UNIQUE (account_id, shop_id)
);
CREATE INDEX favourite_account_ix ON favourite (account_id, created_at);
