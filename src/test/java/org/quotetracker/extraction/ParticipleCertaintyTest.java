package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A participle speech verb whose subject the sentence names ("Holt toured the depot, saying “…”") is as certain as a
 * speech verb's own subject: the speaker stands without the ranker. One whose subject is "he" or "she" is a guess
 * about whom the pronoun stands for, and is read as one.
 */
class ParticipleCertaintyTest {

    @Test
    void aNamedSubjectOfAParticipleIsCertain() {
        String[] text = {
                "Mayor Lu Lan of Halden said the ferry would run all winter.",
                "Councilwoman Dana Holt toured the ferry dock on Monday, saying \"the pier needs new pilings before the first storm\" to a crowd."};
        ExtractedQuote q = Extract.quote("needs new pilings", text);
        assertThat(Extract.speaker("needs new pilings", text)).isEqualTo("Dana Holt");
        assertThat(q.method()).isEqualTo(AttributionMethod.PARTICIPLE);
        assertThat(q.method().certain()).isTrue();
    }

    @Test
    void aPronounSubjectOfAParticipleIsAResolvedGuess() {
        String[] text = {
                "Councilwoman Dana Holt spoke at the ferry dock on Monday.",
                "She toured the pier afterwards, saying \"the pilings will not last another storm\" to a crowd."};
        ExtractedQuote q = Extract.quote("not last another storm", text);
        assertThat(Extract.speaker("not last another storm", text)).isEqualTo("Dana Holt");
        assertThat(q.method().certain()).isFalse();
    }
}
