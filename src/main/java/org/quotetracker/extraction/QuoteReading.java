package org.quotetracker.extraction;

import java.util.List;
import java.util.Set;

/**
 * What the reading of a story knows when it reaches one quote: the quote's sentence and where the quote stands in it,
 * what the sentence's own words say (its speech verb, its subject, the speaker of its other verbs), and what came
 * before (the last speaker, a sentence that ended in a colon or named a source). The {@link Sieve}s read only this.
 *
 * @param reader                 the sentence reading of the story, which resolves phrases against its discourse model
 * @param page                   the whole page
 * @param tokens                 the quote's sentence, each quotation one token
 * @param q                      the quote's token index in {@code tokens}
 * @param span                   the quote's characters
 * @param sentence               the quote's sentence
 * @param paragraphSentences     every sentence of the quote's paragraph
 * @param k                      the index of the quote's sentence among them
 * @param nextParagraph          the paragraph after the quote's, or null
 * @param nameAndColon           "Hillary Clinton: “…”": the speaker a name and a colon give, or null
 * @param cue                    the speech verb that governs the quote, or null (always null after a name and a colon)
 * @param mainClause             where the main clause starts after an opening subordinate clause, or 0
 * @param subject                the subject of the sentence's main clause, or null
 * @param sentenceSpeaker        the subject of the sentence's first speech verb that has one, or null
 * @param colonSentence          the source of the sentence before, when it ended in a colon, or null
 * @param previousSentenceSource the source named by the sentence before, when it had no quote, or null
 * @param lastSpeaker            the speaker given to the quote before, or null
 * @param lastSpeakerParagraph   the paragraph of that quote
 * @param words                  how many words the quote has
 * @param sentences              the page's sentences so far, by index
 * @param mentionedIn            by sentence index, the people and institutions each sentence names
 */
record QuoteReading(SentenceReader reader, String page, List<Token> tokens, int q, QuoteSpan span, Sentence sentence,
                    List<List<Token>> paragraphSentences, int k, Block nextParagraph, Attribution nameAndColon, Cue cue,
                    int mainClause, Attribution subject, Attribution sentenceSpeaker, Attribution colonSentence,
                    Attribution previousSentenceSource, Attribution lastSpeaker, int lastSpeakerParagraph, int words,
                    List<Sentence> sentences, List<Set<Referent>> mentionedIn) {

    /** Quotes this short with no speech verb in their sentence are scare quotes or titles, not statements. */
    static final int MIN_UNCUED_WORDS = 4;

    int paragraph() {
        return sentence.paragraph();
    }
}
