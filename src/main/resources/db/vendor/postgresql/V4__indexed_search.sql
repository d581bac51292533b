-- PostgreSQL only (application.yml adds db/vendor/{vendor} to Flyway's locations): indexes for the searches that
-- would otherwise read every row. H2 answers the same searches by scanning.

-- The text filter: every word of the search must start a word of the quote (WordSearch, has_word).
CREATE INDEX quote_words_idx ON quote USING GIN (to_tsvector('simple', quoted_text));

-- The speaker filter and people(search:) find a name key containing the search anywhere ("peskov" in
-- "dmitry peskov"): trigrams let an index answer LIKE '%...%'. The extension is the database's, so it may live in
-- another schema than the tables: the operator class is named with its schema.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX person_alias_key_trgm_idx ON person_alias USING GIN (name_key public.gin_trgm_ops);
