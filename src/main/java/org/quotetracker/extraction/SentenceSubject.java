package org.quotetracker.extraction;

import java.util.List;

/**
 * "Merkel heralded the deal as a “breakthrough”": no speech verb, but the subject of the sentence is the source; of
 * the joined clause that holds the quote, when it has its own ("…, while Ruiz called it “a fraud”"). Not the subject
 * of a passive "asked" or "told" before the quote ("Reed was asked, “…?”"): whom the words were put to.
 */
final class SentenceSubject implements Sieve {

    /** Words that may stand between a subject and its verb ("Reed was later asked"). */
    private static final int VERB_WINDOW = 4;

    @Override
    public Attribution propose(QuoteReading quote) {
        Attribution subject = quote.reader().joinedClauseSubjectHolding(quote.tokens(), quote.q(), quote.sentence().index())
                .orElse(quote.subject());
        if (subject == null || subject.speaker().kind == SpeakerKind.ANONYMOUS || isPassiveAddressee(quote.tokens(), subject.subjectAt(), quote.q())) {
            return null;
        }
        return subject.reusedAs(null, AttributionMethod.SENTENCE_SUBJECT, 0.5);
    }

    /** Whether the subject at page offset {@code at} takes a passive addressing verb ("was asked") before the quote at q. */
    static boolean isPassiveAddressee(List<Token> tokens, int at, int q) {
        int s = -1;
        for (int i = 0; i < q; i++) {
            if (tokens.get(i).start() == at) {
                s = i;
                break;
            }
        }
        if (s < 0) {
            return false;
        }
        Lexicon lex = Lexicon.get();
        for (int i = s + 1; i < q && i <= s + VERB_WINDOW + 2; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if ((lex.isAddressingVerb(t.lower()) || lex.isAskingVerb(t.lower())) && SpeechVerbs.isPassive(tokens, i)) {
                return true;
            }
        }
        return false;
    }
}
