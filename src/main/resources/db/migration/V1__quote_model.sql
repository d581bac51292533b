-- The quote model. Plain SQL that H2 and PostgreSQL both accept, so one migration set serves both.
-- One sequence per entity as Hibernate names them by default (<table>_seq), stepping by 50 so that Hibernate
-- allocates ids in blocks and can batch inserts during bulk ingestion.

CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE person_alias_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE person_role_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quote_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE article (
    id             BIGINT       NOT NULL PRIMARY KEY,
    -- SHA-256 of the page text: the same page ingested twice is stored once.
    content_hash   VARCHAR(64)  NOT NULL,
    outlet         VARCHAR(500),
    section        VARCHAR(500),
    headline       VARCHAR(2000),
    byline         VARCHAR(2000),
    dateline_place VARCHAR(500),
    agency         VARCHAR(500),
    published_on   DATE,
    body           VARCHAR      NOT NULL,
    CONSTRAINT article_content_hash_uk UNIQUE (content_hash)
);
CREATE INDEX article_published_idx ON article (published_on DESC NULLS LAST, id DESC);
CREATE INDEX article_outlet_idx ON article (outlet);

CREATE TABLE person (
    id   BIGINT      NOT NULL PRIMARY KEY,
    name VARCHAR(500) NOT NULL,
    kind VARCHAR(16)  NOT NULL,
    CONSTRAINT person_kind_ck CHECK (kind IN ('PERSON', 'ORGANIZATION', 'ANONYMOUS'))
);
CREATE INDEX person_name_idx ON person (name, id);

-- Every name a person was quoted or mentioned under, including the canonical one.
-- name_key is the lower-cased name: case-insensitive look-ups use a plain index on both databases.
CREATE TABLE person_alias (
    id        BIGINT       NOT NULL PRIMARY KEY,
    person_id BIGINT       NOT NULL REFERENCES person (id),
    name      VARCHAR(500) NOT NULL,
    name_key  VARCHAR(500) NOT NULL,
    CONSTRAINT person_alias_uk UNIQUE (person_id, name_key)
);
CREATE INDEX person_alias_key_idx ON person_alias (name_key, person_id);

CREATE TABLE person_role (
    id         BIGINT       NOT NULL PRIMARY KEY,
    person_id  BIGINT       NOT NULL REFERENCES person (id),
    title      VARCHAR(500) NOT NULL,
    first_seen DATE,
    last_seen  DATE,
    CONSTRAINT person_role_uk UNIQUE (person_id, title)
);

CREATE TABLE quote (
    id             BIGINT        NOT NULL PRIMARY KEY,
    article_id     BIGINT        NOT NULL REFERENCES article (id),
    speaker_id     BIGINT        NOT NULL REFERENCES person (id),
    -- The title the article gave the speaker here; person_role keeps the history across articles.
    role_title     VARCHAR(500),
    quoted_text    VARCHAR       NOT NULL,
    start_offset   INTEGER       NOT NULL,
    end_offset     INTEGER       NOT NULL,
    sentence       VARCHAR,
    partial        BOOLEAN       NOT NULL,
    cue            VARCHAR(100),
    said_on        DATE,
    date_precision VARCHAR(16)   NOT NULL,
    method         VARCHAR(100),
    confidence     DOUBLE PRECISION NOT NULL,
    CONSTRAINT quote_position_uk UNIQUE (article_id, start_offset),
    CONSTRAINT quote_precision_ck CHECK (date_precision IN ('DAY', 'UNKNOWN'))
);
-- Keyset pages: a speaker's newest quotes, and all quotes newest first.
CREATE INDEX quote_speaker_said_idx ON quote (speaker_id, said_on DESC NULLS LAST, id DESC);
CREATE INDEX quote_said_idx ON quote (said_on DESC NULLS LAST, id DESC);
