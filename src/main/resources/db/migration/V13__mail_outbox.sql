-- E-mail (issue 16): mails are queued here in the business transaction and sent afterwards.
CREATE SEQUENCE mail_outbox_seq START WITH 1 INCREMENT BY 20;
CREATE TABLE mail_outbox (
    id BIGINT PRIMARY KEY,
    to_address VARCHAR(254) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    text_body VARCHAR(200000) NOT NULL,
    html_body VARCHAR(200000) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX mail_outbox_unsent_ix ON mail_outbox (sent_at, id);

-- The language an account's mails are written in (en or de), set at sign-up from the page's language.
ALTER TABLE account ADD COLUMN language VARCHAR(5) DEFAULT 'en' NOT NULL;
