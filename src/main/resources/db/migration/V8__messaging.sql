-- Messaging: conversations between a shopper and a shop, optionally about a listing or a shop order, and their
-- messages. Each side has an unread counter (set to zero when that side opens the conversation). first_reply_at is
-- when the shop first answered a conversation the shopper started (shop figures read it).
CREATE SEQUENCE conversation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE conversation_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE conversation (
    id               BIGINT         NOT NULL PRIMARY KEY,
    shop_id          BIGINT         NOT NULL REFERENCES shop (id),
    shopper_id       BIGINT         NOT NULL REFERENCES account (id),
    listing_id       BIGINT         REFERENCES listing (id),
    listing_title    VARCHAR(200),
    shop_order_id    BIGINT         REFERENCES shop_order (id),
    created_at       TIMESTAMP      NOT NULL,
    last_message_at  TIMESTAMP      NOT NULL,
    last_excerpt     VARCHAR(160)   NOT NULL,
    started_by_shop  BOOLEAN        NOT NULL,
    first_reply_at   TIMESTAMP,
    shopper_unread   INTEGER        DEFAULT 0 NOT NULL,
    shop_unread      INTEGER        DEFAULT 0 NOT NULL
);
CREATE INDEX conversation_shopper_ix ON conversation (shopper_id, last_message_at);
CREATE INDEX conversation_shop_ix ON conversation (shop_id, last_message_at);

CREATE TABLE conversation_message (
    id               BIGINT         NOT NULL PRIMARY KEY,
    conversation_id  BIGINT         NOT NULL REFERENCES conversation (id),
    author_id        BIGINT         NOT NULL REFERENCES account (id),
    from_shop        BOOLEAN        NOT NULL,
    body             VARCHAR(2000)  NOT NULL,
    sent_at          TIMESTAMP      NOT NULL
);
CREATE INDEX conversation_message_ix ON conversation_message (conversation_id, sent_at);
-- The rate limit counts one author's recent messages.
CREATE INDEX conversation_message_author_ix ON conversation_message (author_id, sent_at);
