package org.quotetracker.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens as names and sentences need them; plain words and marks take a quick path that must cut them the same way. */
class TokenizerTest {

    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(text, 0, text.length(), List.of()).stream().map(Token::text).toList();
    }

    @Test
    void plainWordsEndAtSpacesAndMarks() {
        assertEquals(List.of("Rusk", "said", ",", "then", "left", "(", "briefly", ")", "!"), tokens("Rusk said, then left (briefly)!"));
    }

    @Test
    void anAbbreviationKeepsItsPeriodAndASentenceEndDoesNot() {
        assertEquals(List.of("Gen.", "Hale", "left", "."), tokens("Gen. Hale left."));
    }

    @Test
    void initialsPartyTagsAndOrdinalsStayWhole() {
        assertEquals(List.of("U.S.", "R-S.C.", "1st", "a.m."), tokens("U.S. R-S.C. 1st a.m."));
    }

    @Test
    void possessivesSplitOffTheirWord() {
        assertEquals(List.of("Holt", "'s", "aides", "’", "plan"), tokens("Holt's aides’ plan"));
    }

    @Test
    void numbersKeepTheirSeparators() {
        assertEquals(List.of("1,200", "at", "3:30", "and", "4.5"), tokens("1,200 at 3:30 and 4.5"));
    }

    @Test
    void hyphenatedWordsAndADoubleHyphenAreOneTokenEach() {
        assertEquals(List.of("well-known", "--", "G20"), tokens("well-known -- G20"));
    }

    @Test
    void aWordBeforeACurlyMarkOrDashEndsThere() {
        assertEquals(List.of("said", "”", "—", "then"), tokens("said”—then"));
    }
}
