-- Writes through the API: an article can say where it came from, and people can correct who said a quote.

-- The address the article was fetched from, when whoever submitted it said so.
ALTER TABLE article ADD COLUMN url VARCHAR(2000);

CREATE SEQUENCE attribution_correction_seq START WITH 1 INCREMENT BY 50;

-- Human corrections of quote attributions, append-only for audit: the newest row for a quote's span wins.
-- A quote is named by its span in the article's text, not by its id, because re-extraction replaces the quote rows
-- but finds the same spans again; the correction is then applied to the new row.
CREATE TABLE attribution_correction (
    id               BIGINT        NOT NULL PRIMARY KEY,
    article_id       BIGINT        NOT NULL REFERENCES article (id),
    start_offset     INTEGER       NOT NULL,
    end_offset       INTEGER       NOT NULL,
    -- The speaker and role a person decided on. role_corrected tells "set the role to null" from "leave it".
    speaker_id       BIGINT        NOT NULL REFERENCES person (id),
    role_title       VARCHAR(500),
    role_corrected   BOOLEAN       NOT NULL,
    -- What the extractor had said, kept for audit.
    machine_speaker  VARCHAR(500),
    machine_role     VARCHAR(500),
    -- Who corrected it: the fingerprint of the API key used, never the key itself.
    corrected_by     VARCHAR(100)  NOT NULL,
    corrected_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attribution_correction_article_idx ON attribution_correction (article_id, start_offset, end_offset, id);
CREATE INDEX attribution_correction_speaker_idx ON attribution_correction (speaker_id);
