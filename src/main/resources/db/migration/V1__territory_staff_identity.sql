-- Territory, staff and identity: the foundation every module stands on.
-- Character set per STACK.md: utf8mb4 with unicode collation for Russian text.

CREATE TABLE region (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_region_code UNIQUE (code),
    CONSTRAINT uq_region_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_id   BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_municipality_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT uq_municipality_name UNIQUE (region_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE school (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT       NOT NULL,
    name            VARCHAR(300) NOT NULL,
    short_name      VARCHAR(120) NULL,
    settlement      VARCHAR(8)   NOT NULL,
    address         VARCHAR(300) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_school_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_school_settlement CHECK (settlement IN ('CITY', 'RURAL')),
    CONSTRAINT uq_school_name UNIQUE (municipality_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The program status of a school is decided anew each program year
-- (named by the calendar year in which the school year starts).
CREATE TABLE school_program_year (
    school_id          BIGINT  NOT NULL,
    program_year       INT     NOT NULL,
    low_results        BOOLEAN NOT NULL DEFAULT FALSE,
    adverse_conditions BOOLEAN NOT NULL DEFAULT FALSE,
    high_results       BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (school_id, program_year),
    CONSTRAINT fk_spy_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_spy_year CHECK (program_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_spy_exclusive CHECK (NOT (high_results AND (low_results OR adverse_conditions)))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_spy_year ON school_program_year (program_year);

CREATE TABLE partnership (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_id         BIGINT      NOT NULL,
    partner_school_id BIGINT      NOT NULL,
    agreement_number  VARCHAR(64) NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE        NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_partnership_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_partnership_partner FOREIGN KEY (partner_school_id) REFERENCES school (id),
    CONSTRAINT ck_partnership_distinct CHECK (school_id <> partner_school_id),
    CONSTRAINT ck_partnership_dates CHECK (valid_to >= valid_from),
    CONSTRAINT uq_partnership_agreement UNIQUE (school_id, agreement_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partnership_partner ON partnership (partner_school_id);

-- ЦНППМ, ИРО and similar centres where methodologists work.
CREATE TABLE support_organization (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_id  BIGINT       NOT NULL,
    name       VARCHAR(300) NOT NULL,
    short_name VARCHAR(60)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_support_org_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_support_org_kind CHECK (kind IN ('CNPPM', 'IRO', 'OTHER')),
    CONSTRAINT uq_support_org_name UNIQUE (region_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subject (
    code    VARCHAR(32)  NOT NULL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    CONSTRAINT uq_subject_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO subject (code, name) VALUES
    ('PRIMARY', 'Начальные классы'),
    ('RUSSIAN', 'Русский язык'),
    ('LITERATURE', 'Литература'),
    ('MATH', 'Математика'),
    ('INFORMATICS', 'Информатика'),
    ('PHYSICS', 'Физика'),
    ('CHEMISTRY', 'Химия'),
    ('BIOLOGY', 'Биология'),
    ('GEOGRAPHY', 'География'),
    ('HISTORY', 'История'),
    ('SOCIAL', 'Обществознание'),
    ('ENGLISH', 'Английский язык'),
    ('GERMAN', 'Немецкий язык'),
    ('PE', 'Физическая культура'),
    ('ARTS', 'Изобразительное искусство'),
    ('MUSIC', 'Музыка'),
    ('TECHNOLOGY', 'Труд (технология)'),
    ('SAFETY', 'Основы безопасности и защиты Родины');

-- A person of the staff register: pedagogical staff of schools, methodologists of
-- support organisations, municipal and regional specialists. Exactly one workplace kind.
CREATE TABLE person (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    last_name               VARCHAR(100) NOT NULL,
    first_name              VARCHAR(100) NOT NULL,
    middle_name             VARCHAR(100) NULL,
    email                   VARCHAR(254) NULL,
    school_id               BIGINT       NULL,
    support_organization_id BIGINT       NULL,
    municipality_id         BIGINT       NULL,
    region_id               BIGINT       NOT NULL,
    position                VARCHAR(32)  NOT NULL,
    experience_years        INT          NULL,
    qualification_category  VARCHAR(16)  NOT NULL DEFAULT 'NONE',
    created_at              TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_person_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_person_support_org FOREIGN KEY (support_organization_id) REFERENCES support_organization (id),
    CONSTRAINT fk_person_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_person_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_person_experience CHECK (experience_years IS NULL OR experience_years BETWEEN 0 AND 80),
    CONSTRAINT ck_person_category CHECK (qualification_category IN ('NONE', 'FIRST', 'HIGHEST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_person_school ON person (school_id, last_name, first_name);
CREATE INDEX ix_person_region ON person (region_id);
CREATE INDEX ix_person_municipality ON person (municipality_id);

CREATE TABLE person_subject (
    person_id    BIGINT      NOT NULL,
    subject_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (person_id, subject_code),
    CONSTRAINT fk_person_subject_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_person_subject_subject FOREIGN KEY (subject_code) REFERENCES subject (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id           BIGINT       NOT NULL,
    login               VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    password_changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_account_login UNIQUE (login),
    CONSTRAINT uq_account_person UNIQUE (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A role always comes with a scope: a school, a municipality or a region
-- (GLOBAL, without an id, only for ADMIN).
CREATE TABLE role_assignment (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    scope_type VARCHAR(16) NOT NULL,
    scope_id   BIGINT      NULL,
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_role_name CHECK (role IN ('TEACHER', 'MENTOR', 'METHODOLOGIST', 'SCHOOL_ADMIN',
                                            'MUNICIPAL_COORDINATOR', 'REGIONAL_OPERATOR', 'ADMIN')),
    CONSTRAINT ck_role_scope CHECK ((scope_type = 'GLOBAL' AND scope_id IS NULL)
                                    OR (scope_type IN ('SCHOOL', 'MUNICIPALITY', 'REGION') AND scope_id IS NOT NULL)),
    CONSTRAINT uq_role_assignment UNIQUE (account_id, role, scope_type, scope_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_role_scope ON role_assignment (scope_type, scope_id, role);

-- Failed sign-ins per login inside the current window; a row exists only while it matters.
CREATE TABLE login_throttle (
    login        VARCHAR(64)  NOT NULL PRIMARY KEY,
    failures     INT          NOT NULL,
    window_start TIMESTAMP(3) NOT NULL,
    locked_until TIMESTAMP(3) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bearer tokens of the API; only a SHA-256 of the token is kept.
CREATE TABLE api_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL,
    account_id BIGINT       NOT NULL,
    issued_at  TIMESTAMP(3) NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_token_expiry ON api_token (expires_at);

CREATE TABLE security_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(3) NOT NULL,
    type           VARCHAR(32)  NOT NULL,
    login          VARCHAR(64)  NULL,
    actor_login    VARCHAR(64)  NULL,
    remote_address VARCHAR(64)  NULL,
    details        VARCHAR(500) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_security_event_time ON security_event (occurred_at);
CREATE INDEX ix_security_event_login ON security_event (login, occurred_at);
