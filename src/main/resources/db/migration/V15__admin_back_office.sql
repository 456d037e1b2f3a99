-- Admin back office (issue 16): the audit log, account suspension, retired categories, the last-admin guard.

-- Every admin and verifier action, written in the transaction of the action itself.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id            BIGINT         NOT NULL PRIMARY KEY,
    at            TIMESTAMP      NOT NULL,
    actor_id      BIGINT,
    actor_name    VARCHAR(80)    NOT NULL,
    action        VARCHAR(60)    NOT NULL,
    subject_type  VARCHAR(40)    NOT NULL,
    subject_id    VARCHAR(80)    NOT NULL,
    before_value  VARCHAR(2000),
    after_value   VARCHAR(2000),
    reason        VARCHAR(2000)
);
CREATE INDEX audit_entry_at_ix ON audit_entry (at, id);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor_id, at);
CREATE INDEX audit_entry_action_ix ON audit_entry (action, at);

-- A suspended account cannot sign in; its shop is off sale meanwhile.
ALTER TABLE account ADD COLUMN suspended_at TIMESTAMP;
ALTER TABLE account ADD COLUMN suspension_reason VARCHAR(500);

-- A retired category is offered neither for new listings nor in browse filters; its listings keep it.
ALTER TABLE category ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;

-- Locked (SELECT ... FOR UPDATE) by every change that could take away an admin, so two at once cannot remove the last.
INSERT INTO platform_setting (setting_name, setting_value) VALUES ('admin_guard', '0');
