-- Failed sign-ins, kept to throttle password guessing (10 failures for one e-mail within 15 minutes).
-- Keyed by the e-mail typed, whether or not such an account exists, so the throttle reveals nothing.
CREATE SEQUENCE login_failure_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE login_failure (
    id        BIGINT       NOT NULL PRIMARY KEY,
    email     VARCHAR(254) NOT NULL,
    failed_at TIMESTAMP    NOT NULL
);
CREATE INDEX login_failure_email_ix ON login_failure (email, failed_at);
