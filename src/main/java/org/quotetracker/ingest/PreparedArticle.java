package org.quotetracker.ingest;

import org.quotetracker.extraction.Extraction;

/**
 * An article read and extracted, ready to be stored: the part of ingestion that needs no write, so that it can run
 * on any thread ahead of the one that writes.
 *
 * @param storedId   the id of the same text stored before (then nothing was extracted), or null
 * @param extraction what the extractor found, or null when the text is stored already
 */
public record PreparedArticle(ArticleSubmission submission, String hash, Long storedId, Extraction extraction) {
}
