-- People across articles: resolution keys, the flag for surname-only mentions that could be several people, role
-- sightings per article, and statements (the same words by the same speaker, however many articles carried them).
-- The keys are computed in Java (NameKey, StatementKey); V2_1 (StoredKeysBackfill) fills them for rows stored
-- before this migration, V2_2 then makes them mandatory.

-- A person's surname key ("stoltenberg" for Jens Stoltenberg): how a surname-only mention finds them. Null for
-- organisations, anonymous sources and one-word names.
ALTER TABLE person ADD COLUMN surname_key VARCHAR(500);
-- True for a surname-only mention that stayed its own person because several stored people have that surname.
ALTER TABLE person ADD COLUMN ambiguous BOOLEAN DEFAULT FALSE NOT NULL;
-- Kept up to date at ingest so that a search can put the most quoted people first without counting.
ALTER TABLE person ADD COLUMN quote_count INTEGER DEFAULT 0 NOT NULL;
UPDATE person SET quote_count = (SELECT COUNT(*) FROM quote q WHERE q.speaker_id = person.id);
CREATE INDEX person_surname_idx ON person (surname_key, kind);
CREATE INDEX person_quote_count_idx ON person (quote_count DESC, id DESC);

-- Titles fold by this key, so "U.S. President" and "US President" are one role.
ALTER TABLE person_role ADD COLUMN title_key VARCHAR(500);
CREATE INDEX person_role_key_idx ON person_role (person_id, title_key);

CREATE SEQUENCE role_sighting_seq START WITH 1 INCREMENT BY 50;
-- Each article that gave a person a title, and the day it did (null when neither quote nor article is dated).
CREATE TABLE role_sighting (
    id         BIGINT NOT NULL PRIMARY KEY,
    role_id    BIGINT NOT NULL REFERENCES person_role (id),
    article_id BIGINT NOT NULL REFERENCES article (id),
    seen_on    DATE,
    CONSTRAINT role_sighting_uk UNIQUE (role_id, article_id)
);
CREATE INDEX role_sighting_article_idx ON role_sighting (article_id);

CREATE SEQUENCE statement_seq START WITH 1 INCREMENT BY 50;
-- What a speaker said, once; each quote row is one article's report of it (an appearance).
-- text_key is the SHA-256 of the words without case, accents or punctuation: a hash keeps the unique index small
-- whatever the length of the quote.
CREATE TABLE statement (
    id                BIGINT      NOT NULL PRIMARY KEY,
    speaker_id        BIGINT      NOT NULL REFERENCES person (id),
    text_key          VARCHAR(64) NOT NULL,
    first_reported_on DATE,
    CONSTRAINT statement_uk UNIQUE (speaker_id, text_key)
);

ALTER TABLE quote ADD COLUMN statement_id BIGINT REFERENCES statement (id);
CREATE INDEX quote_statement_idx ON quote (statement_id);
