-- A corrected quote kept the extractor's method and confidence, so its card explained the rule a person had just
-- overruled. The correction now keeps them for audit, and the quote says it was corrected, as sure as a person's word.
ALTER TABLE attribution_correction ADD COLUMN machine_method VARCHAR(100);
ALTER TABLE attribution_correction ADD COLUMN machine_confidence DOUBLE PRECISION;

-- Until now every quote still held the extractor's method and confidence, corrected or not.
UPDATE attribution_correction SET
    machine_method = (SELECT q.method FROM quote q WHERE q.article_id = attribution_correction.article_id
                      AND q.start_offset = attribution_correction.start_offset AND q.end_offset = attribution_correction.end_offset),
    machine_confidence = (SELECT q.confidence FROM quote q WHERE q.article_id = attribution_correction.article_id
                          AND q.start_offset = attribution_correction.start_offset AND q.end_offset = attribution_correction.end_offset);

UPDATE quote SET method = 'corrected', confidence = 1
WHERE EXISTS (SELECT 1 FROM attribution_correction c
              WHERE c.article_id = quote.article_id AND c.start_offset = quote.start_offset AND c.end_offset = quote.end_offset);
