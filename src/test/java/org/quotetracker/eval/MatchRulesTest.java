package org.quotetracker.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetracker.eval.Quotes.at;
import static org.quotetracker.eval.Quotes.gold;
import static org.quotetracker.eval.Quotes.saidOn;
import static org.quotetracker.eval.Quotes.withRole;
import static org.quotetracker.eval.Quotes.words;

import org.junit.jupiter.api.Test;

class MatchRulesTest {

    private final GoldQuote quote = gold("{'text': 'we will defend every inch of NATO territory', 'start': 100, 'end': 140}");

    @Test
    void spansOverlappingByHalfOfTheShorterMatch() {
        assertTrue(MatchRules.matches(quote, at(130, 150)));
    }

    @Test
    void spansOverlappingByLessThanHalfOfTheShorterDoNotMatch() {
        assertFalse(MatchRules.matches(quote, at(131, 150)));
    }

    @Test
    void aShortPredictionInsideALongQuoteMatches() {
        assertTrue(MatchRules.matches(quote, at(110, 112)));
    }

    @Test
    void anEmptyPredictedSpanMatchesNothing() {
        assertFalse(MatchRules.matches(quote, at(120, 120)));
    }

    @Test
    void withoutOffsetsAWordF1OfSixTenthsMatches() {
        // 3 of 4 predicted words among 6 gold words: P 0.75, R 0.5, F1 0.6
        assertTrue(MatchRules.matches(gold("{'text': 'we will defend every inch here'}"), words("We will DEFEND Vilnius")));
    }

    @Test
    void withoutOffsetsAWordF1BelowSixTenthsDoesNotMatch() {
        assertFalse(MatchRules.matches(gold("{'text': 'we will defend every inch here'}"), words("we will hold Vilnius")));
    }

    @Test
    void wordF1CountsEachWordOnce() {
        assertEquals(1.0, MatchRules.wordF1("we we will", "will we"));
    }

    @Test
    void aRoleIsRightWithHalfOfTheGoldRoleWords() {
        assertTrue(MatchRules.roleIsRight(gold("{'role': 'NATO Secretary General'}"), withRole("secretary-general")));
    }

    @Test
    void aRoleIsWrongWithLessThanHalfOfTheGoldRoleWords() {
        assertFalse(MatchRules.roleIsRight(gold("{'role': 'NATO Secretary General'}"), withRole("NATO chief")));
    }

    @Test
    void stopWordsDoNotCountTowardsTheRole() {
        assertTrue(MatchRules.roleIsRight(gold("{'role': 'Secretary of the US Army'}"), withRole("Army secretary")));
    }

    @Test
    void anyRoleIsRightWhenTheGoldHasNone() {
        assertTrue(MatchRules.roleIsRight(gold("{'role': null}"), withRole("Kremlin spokesman")));
    }

    @Test
    void theDateMustBeTheGoldDay() {
        assertFalse(MatchRules.dateIsRight(gold("{'saidOn': '2023-06-13'}"), saidOn("2023-06-12")));
    }

    @Test
    void aDayOfSaidOnAlsoIsRightToo() {
        assertTrue(MatchRules.dateIsRight(gold("{'saidOn': '2023-06-13', 'saidOnAlso': ['2023-06-12']}"), saidOn("2023-06-12")));
    }

    @Test
    void anUnknownDayIsRightOnlyWhenTheGoldDoesNotKnowItEither() {
        assertTrue(MatchRules.dateIsRight(gold("{'saidOn': null, 'saidOnAlso': ['2023-06-12']}"), saidOn(null)));
        assertFalse(MatchRules.dateIsRight(gold("{'saidOn': '2023-06-13'}"), saidOn(null)));
    }
}
