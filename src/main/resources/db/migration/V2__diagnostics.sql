-- Diagnostics of professional deficits: competency frameworks, instruments, attempts,
-- external results, and the deficit profile with its history.

-- A framework version is immutable once PUBLISHED; editing makes the next version, with
-- the same competency codes, so attempts keep pointing to the rows they measured.
CREATE TABLE competency_framework (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL,
    version      INT          NOT NULL,
    name         VARCHAR(300) NOT NULL,
    description  VARCHAR(2000) NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    published_at TIMESTAMP(3) NULL,
    row_version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_framework_version UNIQUE (code, version),
    CONSTRAINT ck_framework_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE competency_area (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_id BIGINT       NOT NULL,
    code         VARCHAR(32)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    position     INT          NOT NULL,
    CONSTRAINT fk_area_framework FOREIGN KEY (framework_id) REFERENCES competency_framework (id),
    CONSTRAINT uq_area_code UNIQUE (framework_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE competency (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_id BIGINT        NOT NULL,
    area_id      BIGINT        NOT NULL,
    code         VARCHAR(32)   NOT NULL,
    name         VARCHAR(300)  NOT NULL,
    description  VARCHAR(2000) NULL,
    subject_code VARCHAR(32)   NULL,
    position     INT           NOT NULL,
    CONSTRAINT fk_competency_framework FOREIGN KEY (framework_id) REFERENCES competency_framework (id),
    CONSTRAINT fk_competency_area FOREIGN KEY (area_id) REFERENCES competency_area (id),
    CONSTRAINT fk_competency_subject FOREIGN KEY (subject_code) REFERENCES subject (code),
    CONSTRAINT uq_competency_code UNIQUE (framework_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_competency_code ON competency (code);

-- An instrument version is immutable once PUBLISHED; changing it makes the next version.
CREATE TABLE instrument (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL,
    version            INT           NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    description        VARCHAR(4000) NULL,
    kind               VARCHAR(16)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    framework_id       BIGINT        NOT NULL,
    region_id          BIGINT        NOT NULL,
    time_limit_minutes INT           NULL,
    items_per_page     INT           NOT NULL DEFAULT 5,
    audience_positions VARCHAR(400)  NOT NULL DEFAULT '',
    audience_subjects  VARCHAR(400)  NOT NULL DEFAULT '',
    created_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    published_at       TIMESTAMP(3)  NULL,
    row_version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_instrument_framework FOREIGN KEY (framework_id) REFERENCES competency_framework (id),
    CONSTRAINT fk_instrument_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT uq_instrument_version UNIQUE (code, version),
    CONSTRAINT ck_instrument_kind CHECK (kind IN ('TEST', 'SELF_ASSESSMENT')),
    CONSTRAINT ck_instrument_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_instrument_limit CHECK (time_limit_minutes IS NULL OR time_limit_minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_instrument_page CHECK (items_per_page BETWEEN 1 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_instrument_region ON instrument (region_id, status);

CREATE TABLE instrument_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    instrument_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    text          VARCHAR(2000) NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    competency_id BIGINT        NOT NULL,
    weight        DECIMAL(6, 2) NOT NULL,
    CONSTRAINT fk_item_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT ck_item_kind CHECK (kind IN ('SINGLE', 'MULTIPLE', 'SCALE')),
    CONSTRAINT ck_item_weight CHECK (weight > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_item_instrument ON instrument_item (instrument_id, position);

-- Scores stay on the server: a teacher's browser receives option texts only.
CREATE TABLE item_option (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id  BIGINT        NOT NULL,
    position INT           NOT NULL,
    text     VARCHAR(1000) NOT NULL,
    score    DECIMAL(6, 2) NOT NULL,
    CONSTRAINT fk_option_item FOREIGN KEY (item_id) REFERENCES instrument_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_option_item ON item_option (item_id, position);

-- Levels per competency measured by an instrument (defaults 60 / 80 %).
CREATE TABLE instrument_threshold (
    instrument_id   BIGINT        NOT NULL,
    competency_code VARCHAR(32)   NOT NULL,
    deficit_below   DECIMAL(5, 2) NOT NULL,
    proficient_from DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (instrument_id, competency_code),
    CONSTRAINT fk_threshold_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id) ON DELETE CASCADE,
    CONSTRAINT ck_threshold_order CHECK (deficit_below >= 0 AND deficit_below <= proficient_from AND proficient_from <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One open attempt per person and instrument: the generated key is NULL once it is closed,
-- and a unique index ignores NULLs.
CREATE TABLE attempt (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    instrument_id BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    started_at    TIMESTAMP(3) NOT NULL,
    deadline_at   TIMESTAMP(3) NULL,
    finished_at   TIMESTAMP(3) NULL,
    open_key      TINYINT AS (IF(status = 'IN_PROGRESS', 1, NULL)) PERSISTENT,
    row_version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_attempt_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id),
    CONSTRAINT fk_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_attempt_status CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'EXPIRED')),
    CONSTRAINT uq_attempt_open UNIQUE (instrument_id, person_id, open_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attempt_person ON attempt (person_id, started_at);

CREATE TABLE attempt_answer (
    attempt_id  BIGINT       NOT NULL,
    item_id     BIGINT       NOT NULL,
    option_ids  VARCHAR(400) NULL,
    scale_value INT          NULL,
    answered_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (attempt_id, item_id),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_item FOREIGN KEY (item_id) REFERENCES instrument_item (id),
    CONSTRAINT ck_answer_scale CHECK (scale_value IS NULL OR scale_value BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attempt_result (
    attempt_id      BIGINT        NOT NULL,
    competency_id   BIGINT        NOT NULL,
    competency_code VARCHAR(32)   NOT NULL,
    score_percent   DECIMAL(5, 2) NOT NULL,
    level           VARCHAR(16)   NOT NULL,
    PRIMARY KEY (attempt_id, competency_id),
    CONSTRAINT fk_result_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_result_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT ck_result_level CHECK (level IN ('DEFICIT', 'PARTIAL', 'PROFICIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Results of external (federal) diagnostics, imported by methodologists.
CREATE TABLE external_result (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    competency_code VARCHAR(32)   NOT NULL,
    score_percent   DECIMAL(5, 2) NOT NULL,
    level           VARCHAR(16)   NOT NULL,
    measured_on     DATE          NOT NULL,
    imported_at     TIMESTAMP(3)  NOT NULL,
    imported_by     VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_external_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_external_score CHECK (score_percent BETWEEN 0 AND 100),
    CONSTRAINT uq_external_result UNIQUE (person_id, competency_code, measured_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The current level of each person per competency code (the deficit profile), recomputed
-- from the evidence whenever new evidence arrives; heat maps count this table.
CREATE TABLE competency_level (
    person_id          BIGINT        NOT NULL,
    competency_code    VARCHAR(32)   NOT NULL,
    level              VARCHAR(16)   NOT NULL,
    score_percent      DECIMAL(5, 2) NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    measured_at        TIMESTAMP(3)  NOT NULL,
    attempt_id         BIGINT        NULL,
    external_result_id BIGINT        NULL,
    PRIMARY KEY (person_id, competency_code),
    CONSTRAINT fk_level_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_level_level CHECK (level IN ('DEFICIT', 'PARTIAL', 'PROFICIENT')),
    CONSTRAINT ck_level_source CHECK (source IN ('TEST', 'EXTERNAL', 'SELF_ASSESSMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_level_deficits ON competency_level (level, competency_code, person_id);

-- When each deficit appeared and when (and by what evidence) it was closed.
CREATE TABLE deficit_history (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id                 BIGINT       NOT NULL,
    competency_code           VARCHAR(32)  NOT NULL,
    opened_at                 TIMESTAMP(3) NOT NULL,
    opened_by_attempt_id      BIGINT       NULL,
    opened_by_external_id     BIGINT       NULL,
    closed_at                 TIMESTAMP(3) NULL,
    closed_by_attempt_id      BIGINT       NULL,
    closed_by_external_id     BIGINT       NULL,
    closed_level              VARCHAR(16)  NULL,
    CONSTRAINT fk_deficit_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_deficit_person ON deficit_history (person_id, competency_code, opened_at);
