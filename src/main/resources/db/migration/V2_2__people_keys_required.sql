-- Every row has its keys now (V2_1 filled those stored before V2); new rows get them at ingest.
ALTER TABLE person_role ALTER COLUMN title_key SET NOT NULL;
ALTER TABLE quote ALTER COLUMN statement_id SET NOT NULL;
