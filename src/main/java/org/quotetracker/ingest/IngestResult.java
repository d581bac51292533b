package org.quotetracker.ingest;

/**
 * What ingesting one article did.
 *
 * @param articleId            the article's id, whether stored now or before
 * @param created              false when the same text had been stored before, and nothing was stored now
 * @param quotesStored         the quotes stored now
 * @param quotesWithoutSpeaker the quotes left out because no speaker was found for them
 */
public record IngestResult(long articleId, boolean created, int quotesStored, int quotesWithoutSpeaker) {

    static IngestResult alreadyStored(long articleId) {
        return new IngestResult(articleId, false, 0, 0);
    }

    public boolean wasAlreadyStored() {
        return !created;
    }
}
