-- Atelier schema, version 1: accounts, shops, the category taxonomy, listings and their photos.
-- Sequences start at 50: EclipseLink pre-allocates 50 ids and reads the first value as the top of a block.
-- Written once for H2 2.x and PostgreSQL 15: standard types only.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE shop_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE listing_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE listing_photo_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(80)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT account_email_uk UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE shop (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    owner_id             BIGINT        NOT NULL REFERENCES account (id),
    name                 VARCHAR(80)   NOT NULL,
    slug                 VARCHAR(80)   NOT NULL,
    tagline              VARCHAR(140),
    story                VARCHAR(5000),
    city                 VARCHAR(80),
    country_code         VARCHAR(2),
    makers               VARCHAR(500),
    processing_days      INTEGER       NOT NULL,
    returns_policy       VARCHAR(2000),
    shipping_policy      VARCHAR(2000),
    custom_orders_policy VARCHAR(2000),
    portrait_key         VARCHAR(64),
    banner_key           VARCHAR(64),
    status               VARCHAR(20)   NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    CONSTRAINT shop_name_uk UNIQUE (name),
    CONSTRAINT shop_slug_uk UNIQUE (slug)
);
CREATE INDEX shop_owner_ix ON shop (owner_id);

CREATE TABLE shop_technique (
    shop_id  BIGINT      NOT NULL REFERENCES shop (id),
    position INTEGER     NOT NULL,
    name     VARCHAR(60) NOT NULL,
    PRIMARY KEY (shop_id, position)
);

CREATE TABLE shop_material (
    shop_id  BIGINT      NOT NULL REFERENCES shop (id),
    position INTEGER     NOT NULL,
    name     VARCHAR(60) NOT NULL,
    PRIMARY KEY (shop_id, position)
);

CREATE TABLE category (
    code     VARCHAR(40) NOT NULL PRIMARY KEY,
    position INTEGER     NOT NULL,
    name_en  VARCHAR(60) NOT NULL,
    name_de  VARCHAR(60) NOT NULL
);
INSERT INTO category (code, position, name_en, name_de) VALUES ('rings', 1, 'Rings', 'Ringe');
INSERT INTO category (code, position, name_en, name_de) VALUES ('necklaces', 2, 'Necklaces', 'Halsketten');
INSERT INTO category (code, position, name_en, name_de) VALUES ('earrings', 3, 'Earrings', 'Ohrringe');
INSERT INTO category (code, position, name_en, name_de) VALUES ('bracelets', 4, 'Bracelets', 'Armbänder');
INSERT INTO category (code, position, name_en, name_de) VALUES ('brooches', 5, 'Brooches', 'Broschen');

CREATE TABLE listing (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    shop_id         BIGINT        NOT NULL REFERENCES shop (id),
    title           VARCHAR(120)  NOT NULL,
    description     VARCHAR(5000),
    category_code   VARCHAR(40)   NOT NULL REFERENCES category (code),
    price_minor     BIGINT        NOT NULL,
    price_currency  VARCHAR(3)    NOT NULL,
    stock           INTEGER       NOT NULL,
    one_of_a_kind   BOOLEAN       NOT NULL,
    made_to_order   BOOLEAN       NOT NULL,
    processing_days INTEGER       NOT NULL,
    maker_statement VARCHAR(1000),
    dimensions      VARCHAR(200),
    weight_grams    NUMERIC(8, 2),
    who_made        VARCHAR(20)   NOT NULL,
    made_by_note    VARCHAR(200),
    status          VARCHAR(20)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    -- A piece can never be sold below zero, whatever the race; a unique piece never has more than one.
    CONSTRAINT listing_stock_ck CHECK (stock >= 0),
    CONSTRAINT listing_unique_piece_ck CHECK (one_of_a_kind = FALSE OR stock <= 1),
    CONSTRAINT listing_price_ck CHECK (price_minor >= 0)
);
CREATE INDEX listing_shop_ix ON listing (shop_id);
CREATE INDEX listing_status_created_ix ON listing (status, created_at);

CREATE TABLE listing_material (
    listing_id BIGINT      NOT NULL REFERENCES listing (id),
    position   INTEGER     NOT NULL,
    name       VARCHAR(60) NOT NULL,
    PRIMARY KEY (listing_id, position)
);

CREATE TABLE listing_technique (
    listing_id BIGINT      NOT NULL REFERENCES listing (id),
    position   INTEGER     NOT NULL,
    name       VARCHAR(60) NOT NULL,
    PRIMARY KEY (listing_id, position)
);

CREATE TABLE listing_photo (
    id         BIGINT       NOT NULL PRIMARY KEY,
    listing_id BIGINT       NOT NULL REFERENCES listing (id),
    position   INTEGER      NOT NULL,
    media_key  VARCHAR(64)  NOT NULL,
    alt_text   VARCHAR(200) NOT NULL,
    width      INTEGER      NOT NULL,
    height     INTEGER      NOT NULL
);
CREATE INDEX listing_photo_listing_ix ON listing_photo (listing_id, position);
