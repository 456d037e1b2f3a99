-- E-mail (issue 16): mails are queued here in the business transaction and sent afterwards by mail.MailPump.
-- A row is claimed by one server at a time (claimed_until, a conditional UPDATE), sent, and marked sent_at; a failed
-- attempt sets next_attempt_at (backoff) and last_error. given_up_at: refused for good (bad address, unsubscribed).
CREATE SEQUENCE mail_outbox_seq START WITH 20 INCREMENT BY 20;
CREATE TABLE mail_outbox (
    id BIGINT PRIMARY KEY,
    to_address VARCHAR(254) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    text_body VARCHAR(200000) NOT NULL,
    html_body VARCHAR(200000) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    account_id BIGINT,
    unsubscribe_url VARCHAR(500),
    attempts INTEGER DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    claimed_by VARCHAR(40),
    last_error VARCHAR(500),
    given_up_at TIMESTAMP
);
CREATE INDEX mail_outbox_due_ix ON mail_outbox (sent_at, given_up_at, next_attempt_at);
CREATE INDEX mail_outbox_sent_ix ON mail_outbox (sent_at);

-- The language an account's mails are written in (en or de), set at sign-up from the page's language.
ALTER TABLE account ADD COLUMN language VARCHAR(5) DEFAULT 'en' NOT NULL;

-- Per account: which digests it wants, the token of its unsubscribe links, and up to when notices were digested.
CREATE TABLE mail_settings (
    account_id BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    messages_digest BOOLEAN DEFAULT TRUE NOT NULL,
    verification_digest BOOLEAN DEFAULT TRUE NOT NULL,
    unsubscribe_token VARCHAR(64) NOT NULL UNIQUE,
    digested_until TIMESTAMP
);
INSERT INTO job_lease (name) VALUES ('mail-digest');
