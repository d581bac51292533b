package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArticleLogTest {

    private final Referent pat = new Referent("Pat Lee", SpeakerKind.PERSON, Gender.UNKNOWN, null);
    private final Referent sam = new Referent("Sam Roe", SpeakerKind.PERSON, Gender.UNKNOWN, null);

    @Test
    void aNameOfEitherGenderTakesThePronounsOfTheSentencesWhereItIsTheOnlyPersonNamed() {
        ArticleLog log = log("Pat Lee ran the county for a decade. Her record is long.", List.of(Set.of(pat), Set.of()));

        assertThat(log.genderInText(pat, 1)).isEqualTo(Gender.F);
    }

    @Test
    void aPronounBeforeTheNameInItsSentenceIsNotItsOwn() {
        ArticleLog log = log("She served under Pat Lee for a decade.", List.of(Set.of(pat)));

        assertThat(log.genderInText(pat, 0)).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aPronounAfterTheNameInItsSentenceIsItsOwn() {
        ArticleLog log = log("Pat Lee said her plan was ready.", List.of(Set.of(pat)));

        assertThat(log.genderInText(pat, 0)).isEqualTo(Gender.F);
    }

    @Test
    void aPronounNearTwoPeopleGivesNeitherAGender() {
        ArticleLog log = log("Pat Lee met Sam Roe on Monday. He spoke first.", List.of(Set.of(pat, sam), Set.of()));

        assertThat(log.genderInText(pat, 1)).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aPronounOfTheSexOnlyOneOfTwoPeopleCanBeIsThatOnesOwn() {
        // the other person is known to be a man, so "she" can only be Pat Lee
        Referent tom = new Referent("Tom Roe", SpeakerKind.PERSON, Gender.M, null);
        ArticleLog log = log("Pat Lee kept away from Tom Roe as far as she could.", List.of(Set.of(pat, tom)));

        assertThat(log.genderInText(pat, 0)).isEqualTo(Gender.F);
    }

    @Test
    void theSentencesAfterTheOneAskedAboutDoNotCount() {
        // the quote's own "he said" must not decide who "he" is
        ArticleLog log = log("Pat Lee ran the county. He said he would run again.", List.of(Set.of(pat), Set.of()));

        assertThat(log.genderInText(pat, 0)).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aSubjectTheReadingResolvedFromAPronounIsKeptApartFromTheNamedOnes() {
        ArticleLog log = log("He said it was over.", List.of(Set.of()));

        log.subject(0, pat, true);
        log.speaker(0, pat, true);

        assertThat(log.isSubject(0, pat)).isFalse();
        assertThat(log.isSpeaker(0, pat)).isFalse();
        assertThat(log.isNamed(0, pat)).isFalse();
        assertThat(log.isResolvedSubject(0, pat)).isTrue();
        assertThat(log.isResolvedSpeaker(0, pat)).isTrue();
    }

    @Test
    void aNamedSubjectIsNamedInItsSentence() {
        ArticleLog log = log("Pat Lee said it was over.", List.of(Set.of()));

        log.subject(0, pat, false);

        assertThat(log.isSubject(0, pat)).isTrue();
        assertThat(log.isNamed(0, pat)).isTrue();
    }

    private static ArticleLog log(String text, List<Set<Referent>> named) {
        List<List<Token>> sentences = SentenceSplitter.split(Tokenizer.tokenize(text, 0, text.length(), List.of()));
        ArticleLog log = new ArticleLog();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> st = sentences.get(i);
            log.add(new Sentence(st.get(0).start(), st.get(st.size() - 1).end(), st, i, 0, 0, i == 0), named.get(i));
        }
        return log;
    }
}
