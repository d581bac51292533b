package org.quotetracker.ingest;

/**
 * What ingesting one article did.
 *
 * @param articleId          the stored article's id, or null when it had been stored before
 * @param quotesStored       the quotes stored
 * @param quotesWithoutSpeaker the quotes left out because no speaker was found for them
 */
public record IngestResult(Long articleId, int quotesStored, int quotesWithoutSpeaker) {

    static IngestResult alreadyStored() {
        return new IngestResult(null, 0, 0);
    }

    public boolean wasAlreadyStored() {
        return articleId == null;
    }
}
