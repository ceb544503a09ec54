-- Informal learning events (семинары, вебинары, мастер-классы) with registration and attendance.

CREATE TABLE learning_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(300)  NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    region_id    BIGINT        NOT NULL,
    starts_at    TIMESTAMP(3)  NOT NULL,
    ends_at      TIMESTAMP(3)  NOT NULL,
    place        VARCHAR(500)  NULL,
    description  VARCHAR(4000) NULL,
    capacity     INT           NULL,
    status       VARCHAR(16)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    row_version  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_event_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_event_kind CHECK (kind IN ('SEMINAR', 'WEBINAR', 'MASTER_CLASS', 'CONFERENCE')),
    CONSTRAINT ck_event_status CHECK (status IN ('OPEN', 'CANCELLED')),
    CONSTRAINT ck_event_time CHECK (ends_at >= starts_at),
    CONSTRAINT ck_event_capacity CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 100000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_region ON learning_event (region_id, starts_at);

CREATE TABLE event_competency (
    event_id        BIGINT      NOT NULL,
    competency_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (event_id, competency_code),
    CONSTRAINT fk_event_competency_event FOREIGN KEY (event_id) REFERENCES learning_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_registration (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    registered_at TIMESTAMP(3) NOT NULL,
    attended      BOOLEAN      NOT NULL DEFAULT FALSE,
    marked_at     TIMESTAMP(3) NULL,
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES learning_event (id),
    CONSTRAINT fk_registration_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_registration UNIQUE (event_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_registration_person ON event_registration (person_id, attended);
