package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A preposition or adverb that opens a sentence is capitalised only for that: it starts no name. */
class OpeningPrepositionTest {

    private static List<String> names(String text) {
        return new NounPhrases().mentions(Tokenizer.tokenize(text, 0, text.length(), List.of())).stream().map(Mention::name).toList();
    }

    @Test
    void anOpeningPrepositionIsNoPartOfTheNameAfterIt() {
        assertThat(names("Alongside NRA appeals for calm, a local sheriff spoke at the fair.")).containsExactly("NRA");
    }

    @Test
    void anOpeningPrepositionBeforeAPersonLeavesThePerson() {
        assertThat(names("Under Rowan Hale the bakery grew.")).containsExactly("Rowan Hale");
    }
}
