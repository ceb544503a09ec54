-- In-app notifications of a person, and the outbox of their e-mail copies.

-- A row is written in the same transaction as the change it reports, so a rolled-back
-- change leaves no notification behind. E-mail goes out later from this same row (the
-- outbox): email_status PENDING until a sender marks it SENT, or FAILED after its attempts.
-- email_next_attempt_at is both the retry time after a failure and the lease of a sender
-- that has claimed the row, so a crashed sender's rows are picked up again.
-- dedupe_key, when given, makes a notification unique (a reminder, say): two servers that
-- run the same job at once still write it only once. NULLs do not collide in a unique index.
CREATE TABLE notification (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id             BIGINT        NOT NULL,
    kind                  VARCHAR(40)   NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    body                  VARCHAR(4000) NOT NULL,
    link                  VARCHAR(500)  NULL,
    created_at            TIMESTAMP(3)  NOT NULL,
    read_at               TIMESTAMP(3)  NULL,
    dedupe_key            VARCHAR(190)  NULL,
    email_status          VARCHAR(8)    NOT NULL DEFAULT 'NONE',
    email_attempts        INT           NOT NULL DEFAULT 0,
    email_next_attempt_at TIMESTAMP(3)  NULL,
    emailed_at            TIMESTAMP(3)  NULL,
    email_error           VARCHAR(500)  NULL,
    CONSTRAINT fk_notification_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT ck_notification_email_status CHECK (email_status IN ('NONE', 'PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_notification_email_attempts CHECK (email_attempts >= 0),
    CONSTRAINT ck_notification_link CHECK (link IS NULL OR link LIKE '/%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The header's unread count and the "unread only" list: a person's unread, newest first.
CREATE INDEX ix_notification_unread ON notification (person_id, read_at, created_at);
-- The full list of a person, newest first.
CREATE INDEX ix_notification_person ON notification (person_id, created_at);
-- The sender's pick: due PENDING rows in order, without scanning sent ones.
CREATE INDEX ix_notification_outbox ON notification (email_status, email_next_attempt_at);
