package org.quotetracker.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetracker.eval.Quotes.gold;
import static org.quotetracker.eval.Quotes.saidBy;

import org.junit.jupiter.api.Test;

class SpeakerRuleTest {

    @Test
    void aPersonIsKnownByTheSurname() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'Jens Stoltenberg', 'speakerKind': 'PERSON'}"), saidBy("NATO chief Stoltenberg")));
    }

    @Test
    void aPersonWithAnotherSurnameIsWrong() {
        assertFalse(SpeakerRule.isRight(gold("{'speaker': 'Jens Stoltenberg', 'speakerKind': 'PERSON'}"), saidBy("Jens Biden")));
    }

    @Test
    void anAbsentKindIsAPerson() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'Jens Stoltenberg'}"), saidBy("Stoltenberg")));
    }

    @Test
    void aSuffixIsNotTheSurname() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'Charles Q. Brown Jr.', 'speakerKind': 'PERSON'}"), saidBy("General Brown")));
    }

    @Test
    void accentsAndSpellingVariantsDoNotMatter() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'Volodymyr Zelenskiy', 'speakerKind': 'PERSON'}"), saidBy("Zelénskyy")));
    }

    @Test
    void aSpeakerKeyReplacesTheKeyWordsOfTheName() {
        GoldQuote quote = gold("{'speaker': 'John Kerry’s negotiating partners in Tehran', 'speakerKey': ['tehran']}");
        assertTrue(SpeakerRule.isRight(quote, saidBy("Tehran")));
        assertFalse(SpeakerRule.isRight(quote, saidBy("John Kerry")));
    }

    @Test
    void aSpeakerKeyMayListAlternativeSets() {
        GoldQuote quote = gold("{'speaker': 'Dmitry Peskov', 'speakerKey': [['peskov'], ['kremlin', 'spokesman']]}");
        assertTrue(SpeakerRule.isRight(quote, saidBy("the Kremlin spokesman")));
        assertFalse(SpeakerRule.isRight(quote, saidBy("the Kremlin")));
    }

    @Test
    void aSpeakerKeyIsSplitIntoWordsLikeThePredictedName() {
        GoldQuote quote = gold("{'speaker': 'Ann Smith-Jones', 'speakerKey': ['smith-jones']}");
        assertTrue(SpeakerRule.isRight(quote, saidBy("Ann Smith-Jones")));
        assertFalse(SpeakerRule.isRight(quote, saidBy("Ann Smith")));
    }

    @Test
    void aSpeakerKeyIsFoldedToAsciiLikeThePredictedName() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'Ana García', 'speakerKey': ['garcía']}"), saidBy("Ana Garcia")));
    }

    @Test
    void anAnonymousOfficialIsKnownByTheWordOfficial() {
        GoldQuote quote = gold("{'speaker': 'a US official', 'speakerKind': 'ANONYMOUS'}");
        assertTrue(SpeakerRule.isRight(quote, saidBy("a senior administration official")));
        assertFalse(SpeakerRule.isRight(quote, saidBy("a US diplomat")));
    }

    @Test
    void anotherAnonymousSourceIsKnownByItsLastWord() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'a Western diplomat', 'speakerKind': 'ANONYMOUS'}"), saidBy("one diplomat")));
    }

    @Test
    void anInstitutionNeedsAllItsDistinctiveWordsButNoStopWords() {
        GoldQuote quote = gold("{'speaker': 'the Russian defence ministry', 'speakerKind': 'ORGANIZATION'}");
        assertTrue(SpeakerRule.isRight(quote, saidBy("Defense Ministry")));
        assertFalse(SpeakerRule.isRight(quote, saidBy("the ministry")));
    }

    @Test
    void anInstitutionOfOnlyStopWordsNeedsThemAll() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'Russia', 'speakerKind': 'ORGANIZATION'}"), saidBy("Russia")));
    }

    @Test
    void aPluralOrPossessiveSDoesNotMatter() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'a US official', 'speakerKind': 'ANONYMOUS'}"), saidBy("US officials")));
        assertTrue(SpeakerRule.isRight(gold("{'speaker': 'Jens Stoltenberg'}"), saidBy("the Stoltenbergs")));
    }

    @Test
    void noGoldSpeakerIsRightOnlyWithoutAPredictedOne() {
        assertTrue(SpeakerRule.isRight(gold("{'speaker': null}"), saidBy("")));
        assertFalse(SpeakerRule.isRight(gold("{'speaker': null}"), saidBy("Biden")));
    }

    @Test
    void noPredictedSpeakerIsWrongForAGoldOne() {
        assertFalse(SpeakerRule.isRight(gold("{'speaker': 'Jens Stoltenberg'}"), saidBy(null)));
    }
}
