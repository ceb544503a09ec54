-- Courses (программы ДПО), their sessions (потоки) and enrollments with approval and waitlist.

CREATE TABLE course (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title              VARCHAR(300)  NOT NULL,
    provider_id        BIGINT        NOT NULL,
    region_id          BIGINT        NOT NULL,
    hours              INT           NOT NULL,
    format             VARCHAR(16)   NOT NULL,
    description        VARCHAR(4000) NULL,
    federal_register   BOOLEAN       NOT NULL DEFAULT FALSE,
    requires_approval  BOOLEAN       NOT NULL DEFAULT FALSE,
    status             VARCHAR(16)   NOT NULL,
    audience_positions VARCHAR(400)  NOT NULL DEFAULT '',
    audience_subjects  VARCHAR(400)  NOT NULL DEFAULT '',
    created_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    row_version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_course_provider FOREIGN KEY (provider_id) REFERENCES support_organization (id),
    CONSTRAINT fk_course_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_course_hours CHECK (hours BETWEEN 1 AND 2000),
    CONSTRAINT ck_course_format CHECK (format IN ('IN_PERSON', 'DISTANCE', 'BLENDED')),
    CONSTRAINT ck_course_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_region ON course (region_id, status, title);

CREATE TABLE course_competency (
    course_id       BIGINT      NOT NULL,
    competency_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (course_id, competency_code),
    CONSTRAINT fk_course_competency_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_competency_code ON course_competency (competency_code, course_id);

-- A session keeps its own count of confirmed places; the CHECK makes the database itself
-- refuse any write that would put more people in it than it has seats.
CREATE TABLE course_session (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id           BIGINT       NOT NULL,
    starts_on           DATE         NOT NULL,
    ends_on             DATE         NOT NULL,
    format              VARCHAR(16)  NOT NULL,
    place               VARCHAR(500) NULL,
    capacity            INT          NOT NULL,
    enrollment_deadline DATE         NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    confirmed_count     INT          NOT NULL DEFAULT 0,
    waitlist_counter    INT          NOT NULL DEFAULT 0,
    row_version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_session_dates CHECK (ends_on >= starts_on AND enrollment_deadline <= ends_on),
    CONSTRAINT ck_session_capacity CHECK (capacity BETWEEN 1 AND 10000),
    CONSTRAINT ck_session_seats CHECK (confirmed_count BETWEEN 0 AND capacity),
    CONSTRAINT ck_session_format CHECK (format IN ('IN_PERSON', 'DISTANCE', 'BLENDED')),
    CONSTRAINT ck_session_status CHECK (status IN ('OPEN', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_course ON course_session (course_id, starts_on);

-- One live enrollment per person and session (the generated key is NULL once it is
-- cancelled or rejected, and a unique index ignores NULLs).
CREATE TABLE enrollment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id         BIGINT       NOT NULL,
    person_id          BIGINT       NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    waitlist_number    INT          NULL,
    requested_at       TIMESTAMP(3) NOT NULL,
    requested_by       VARCHAR(64)  NOT NULL,
    decided_at         TIMESTAMP(3) NULL,
    decided_by         VARCHAR(64)  NULL,
    completed_on       DATE         NULL,
    hours              INT          NULL,
    certificate_number VARCHAR(64)  NULL,
    live_key           TINYINT AS (IF(status IN ('CANCELLED', 'REJECTED'), NULL, 1)) PERSISTENT,
    row_version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_enrollment_session FOREIGN KEY (session_id) REFERENCES course_session (id),
    CONSTRAINT fk_enrollment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_enrollment_status CHECK (status IN ('PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'CANCELLED',
                                                      'REJECTED', 'COMPLETED')),
    CONSTRAINT uq_enrollment_live UNIQUE (session_id, person_id, live_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_enrollment_waitlist ON enrollment (session_id, status, waitlist_number);
CREATE INDEX ix_enrollment_person ON enrollment (person_id, status);
