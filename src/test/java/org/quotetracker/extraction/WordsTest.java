package org.quotetracker.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Names split on white space exactly as {@code Pattern.compile("\\s+").split} splits them, which the engine used before. */
class WordsTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void splitsOnRunsOfWhiteSpace() {
        assertArrayEquals(new String[] {"Dana", "Q.", "Holt"}, Words.split("Dana  Q.\tHolt"));
    }

    @Test
    void keepsTheLeadingEmptyWordAndDropsTrailingOnesAsPatternSplitDoes() {
        for (String s : new String[] {" Holt", "Holt ", "  ", "", "Holt", "a \n b\r\n"}) {
            assertArrayEquals(SPACES.split(s), Words.split(s), "[" + s + "]");
            assertEquals(SPACES.split(s).length, Words.count(s), "[" + s + "]");
        }
    }

    @Test
    void theNoBreakSpaceIsNoWordBreak() {
        assertEquals(1, Words.count("Holt\u00A0Jr."));
    }

    @Test
    void firstIsTheFirstWord() {
        assertEquals("another", Words.first("another official"));
    }
}
