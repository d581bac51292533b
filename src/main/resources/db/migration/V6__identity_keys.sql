-- A person's identity as the database sees it, so that writers running at the same time (several requests, several
-- instances, a bulk ingest beside a server) cannot each create the same person, or the same title, once more.
-- V6_1 (OnePersonPerName) fills the keys and merges what such writers stored twice before; V6_2 makes them unique.

-- NameKey of the person's name, the key the resolver finds people by; null for anonymous sources, never merged.
ALTER TABLE person ADD COLUMN name_key VARCHAR(500);

-- Titles are one role per person and title key (not per spelling): the new key replaces this one in V6_2. Dropped
-- first so that merging two people can bring their titles together before duplicates are folded.
ALTER TABLE person_role DROP CONSTRAINT person_role_uk;
