-- Account mails (issue 16): e-mail verification, password reset and e-mail change.
-- When the address was shown to be the person's; accounts from before this version count as verified.
ALTER TABLE account ADD COLUMN email_verified_at TIMESTAMP;
UPDATE account SET email_verified_at = created_at;

-- Single-use links sent by mail: only the SHA-256 of the token is kept (64 hex digits), never the token.
CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_token (
    id         BIGINT       NOT NULL PRIMARY KEY,
    account_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       VARCHAR(20)  NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    new_email  VARCHAR(254),
    created_at TIMESTAMP    NOT NULL,
    expires_at TIMESTAMP    NOT NULL,
    used_at    TIMESTAMP,
    CONSTRAINT account_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX account_token_account_ix ON account_token (account_id, kind);

-- Requests for account mails, per address and per client, for rate limiting (rows older than a day are deleted).
CREATE SEQUENCE mail_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mail_request (
    id           BIGINT       NOT NULL PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    email        VARCHAR(254) NOT NULL,
    client       VARCHAR(64)  NOT NULL,
    requested_at TIMESTAMP    NOT NULL
);
CREATE INDEX mail_request_email_ix ON mail_request (kind, email, requested_at);
CREATE INDEX mail_request_client_ix ON mail_request (kind, client, requested_at);
