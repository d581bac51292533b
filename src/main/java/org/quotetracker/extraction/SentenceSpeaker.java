package org.quotetracker.extraction;

/**
 * "Smith said the plan failed, calling it “a mess”" when the quote's own verb has no subject to read: the subject of
 * another speech verb of the same sentence.
 */
final class SentenceSpeaker implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        Attribution speaker = quote.sentenceSpeaker();
        if (speaker == null) {
            return null;
        }
        return speaker.reusedAs(quote.cue() != null ? quote.cue().verb() : speaker.cue(), AttributionMethod.SENTENCE_SPEAKER, 0.7);
    }
}
