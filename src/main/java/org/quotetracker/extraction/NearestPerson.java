package org.quotetracker.extraction;

import java.util.Optional;

/**
 * A statement nobody is named for: the person the sentence names first, else the last one named earlier in its
 * paragraph, as a guess. Short quotes without a source or a speech verb are scare quotes or titles and get no one; a
 * short one a speech verb governs ("…, insisting on the “higher ground”") was said by someone.
 */
final class NearestPerson implements Sieve {

    @Override
    public Attribution propose(QuoteReading quote) {
        if (quote.words() < QuoteReading.MIN_UNCUED_WORDS && quote.cue() == null) {
            return null;
        }
        return nearestPerson(quote).map(e -> new Attribution(e, e.title, null, AttributionMethod.NEAREST_PERSON, 0.3)).orElse(null);
    }

    private static Optional<Referent> nearestPerson(QuoteReading quote) {
        Sentence sentence = quote.sentence();
        for (int i = sentence.index(); i >= 0 && quote.sentences().get(i).paragraph() == sentence.paragraph(); i--) {
            Optional<Referent> person = quote.mentionedIn().get(i).stream()
                    .filter(e -> e.kind == SpeakerKind.PERSON && !e.isNamedAsAPlace() && !e.isNamedOnlyAsAThing()) // "after the floods in San Lorenzo, Calif., …"
                    .findFirst();
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }
}
