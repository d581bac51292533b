-- Every named person has a key, and one person has it (a surname's ambiguous stand-in apart: it shares its key with
-- no other stand-in, but may with the organisation of that name). Together with the writers' retry (WriteRetry), a
-- name two writers meet at once for the first time becomes one person, as if they had run one after the other.
ALTER TABLE person ADD CONSTRAINT person_name_key_ck CHECK (name_key IS NOT NULL OR kind = 'ANONYMOUS');
ALTER TABLE person ADD CONSTRAINT person_name_key_uk UNIQUE (name_key, ambiguous);

-- One role per person and title key; its unique index serves the look-up person_role_key_idx served.
ALTER TABLE person_role ADD CONSTRAINT person_role_uk UNIQUE (person_id, title_key);
DROP INDEX person_role_key_idx;
