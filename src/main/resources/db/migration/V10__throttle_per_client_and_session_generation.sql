-- Sign-in throttling per client (issue 13): failures are counted per client address and per e-mail + client,
-- so that nobody can lock another person out by failing on purpose from their own connection.
ALTER TABLE login_failure ADD COLUMN client VARCHAR(64) DEFAULT '' NOT NULL;
CREATE INDEX login_failure_client_ix ON login_failure (client, failed_at);
CREATE INDEX login_failure_time_ix ON login_failure (failed_at);

-- Raised when the password changes: sessions signed in under an older generation are ended at their next request.
ALTER TABLE account ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
