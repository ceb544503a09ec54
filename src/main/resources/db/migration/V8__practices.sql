-- The bank of effective practices (эффективные практики): authoring, expert review, «применяю»
-- marks, attachments, and the outbox that carries every change to the Lucene search index.

CREATE TABLE practice (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(300)  NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    body         MEDIUMTEXT    NOT NULL,
    problem      VARCHAR(4000) NULL,
    evidence     VARCHAR(4000) NULL,
    school_id    BIGINT        NULL,
    region_id    BIGINT        NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    published_at TIMESTAMP(3)  NULL,
    review_score DECIMAL(3, 2) NULL,
    row_version  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_practice_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_practice_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_practice_status CHECK (status IN ('DRAFT', 'ON_REVIEW', 'PUBLISHED', 'RETURNED', 'ARCHIVED')),
    CONSTRAINT ck_practice_score CHECK (review_score IS NULL OR review_score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The review queue of a region and the published list, newest first.
CREATE INDEX ix_practice_region_status ON practice (region_id, status, updated_at);
CREATE INDEX ix_practice_status_published ON practice (status, published_at);
CREATE INDEX ix_practice_school ON practice (school_id);

CREATE TABLE practice_author (
    practice_id BIGINT  NOT NULL,
    person_id   BIGINT  NOT NULL,
    is_lead     BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (practice_id, person_id),
    CONSTRAINT fk_practice_author_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_author_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- «My practices» and indicator 4.4 (staff who author a published practice) start from the person.
CREATE INDEX ix_practice_author_person ON practice_author (person_id, practice_id);

CREATE TABLE practice_subject (
    practice_id  BIGINT      NOT NULL,
    subject_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (practice_id, subject_code),
    CONSTRAINT fk_practice_subject_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_subject_subject FOREIGN KEY (subject_code) REFERENCES subject (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_level (
    practice_id BIGINT     NOT NULL,
    level       VARCHAR(8) NOT NULL,
    PRIMARY KEY (practice_id, level),
    CONSTRAINT fk_practice_level_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT ck_practice_level CHECK (level IN ('NOO', 'OOO', 'SOO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Competency codes are kept as codes, like course_competency: frameworks are versioned and the
-- diagnostics module owns them, so no foreign key reaches into its tables.
CREATE TABLE practice_competency (
    practice_id     BIGINT      NOT NULL,
    competency_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (practice_id, competency_code),
    CONSTRAINT fk_practice_competency_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_practice_competency_code ON practice_competency (competency_code, practice_id);

CREATE TABLE practice_tag (
    practice_id BIGINT      NOT NULL,
    tag         VARCHAR(64) NOT NULL,
    PRIMARY KEY (practice_id, tag),
    CONSTRAINT fk_practice_tag_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_target_group (
    practice_id  BIGINT      NOT NULL,
    target_group VARCHAR(16) NOT NULL,
    PRIMARY KEY (practice_id, target_group),
    CONSTRAINT fk_practice_target_group_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT ck_practice_target_group CHECK (target_group IN ('OVZ', 'MIGRANT', 'UNMOTIVATED', 'GIFTED',
        'LOW_ACHIEVING', 'AT_RISK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files live outside the web root under storage_key; extracted_text feeds the search index.
CREATE TABLE practice_attachment (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    practice_id    BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    storage_key    VARCHAR(100) NOT NULL,
    extracted_text MEDIUMTEXT   NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_practice_attachment_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT uq_practice_attachment_key UNIQUE (storage_key),
    CONSTRAINT ck_practice_attachment_size CHECK (size_bytes BETWEEN 1 AND 20971520)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_practice_attachment_practice ON practice_attachment (practice_id);

CREATE TABLE practice_review (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    practice_id BIGINT        NOT NULL,
    reviewer_id BIGINT        NOT NULL,
    decision    VARCHAR(16)   NOT NULL,
    comment     VARCHAR(4000) NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_practice_review_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES person (id),
    CONSTRAINT ck_practice_review_decision CHECK (decision IN ('PUBLISHED', 'RETURNED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_practice_review_practice ON practice_review (practice_id, created_at);
-- Reviewers see the practices they reviewed (search visibility).
CREATE INDEX ix_practice_review_reviewer ON practice_review (reviewer_id, practice_id);

CREATE TABLE practice_review_score (
    review_id BIGINT        NOT NULL,
    criterion VARCHAR(24)   NOT NULL,
    score     TINYINT       NOT NULL,
    comment   VARCHAR(2000) NULL,
    PRIMARY KEY (review_id, criterion),
    CONSTRAINT fk_practice_review_score_review FOREIGN KEY (review_id) REFERENCES practice_review (id) ON DELETE CASCADE,
    CONSTRAINT ck_practice_review_score CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT ck_practice_review_criterion CHECK (criterion IN ('RELEVANCE', 'EFFECTIVENESS', 'REPRODUCIBILITY',
        'NOVELTY', 'METHODICAL_QUALITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- «Применяю»: one mark per person and practice, with what happened in their class.
CREATE TABLE practice_application (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    practice_id BIGINT        NOT NULL,
    person_id   BIGINT        NOT NULL,
    feedback    VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_practice_application_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_application_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_practice_application UNIQUE (practice_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Indicator 4.1 counts staff with a mark in the period.
CREATE INDEX ix_practice_application_person ON practice_application (person_id, created_at);

-- The transactional outbox: a row per change, written in the changing transaction, deleted
-- once the index holds the practice's current state. No FK to practice, so a deleted practice
-- still reaches the index as a deletion.
CREATE TABLE search_outbox (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    practice_id BIGINT       NOT NULL,
    queued_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_search_outbox_practice ON search_outbox (practice_id, id);
