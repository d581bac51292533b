package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A one-word name the story gives only as a sentence's first word may be capitalised for that alone. */
class OpeningWordNameTest {

    private static Mention person(String name, int from) {
        return new Mention(from, from + 1, name, null, SpeakerKind.PERSON, Gender.UNKNOWN, from * 6, from, from + 1);
    }

    @Test
    void aWordNamedOnlyAtSentenceOpeningsIsMarked() {
        Discourse discourse = new Discourse();
        Referent e = discourse.resolve(person("Bright", 0), 0, 0);
        discourse.resolve(person("Bright", 0), 3, 0);

        assertThat(e.isNamedOnlyOpeningSentences()).isTrue();
    }

    @Test
    void aWordNamedInsideASentenceIsNotMarked() {
        Discourse discourse = new Discourse();
        Referent e = discourse.resolve(person("Bright", 0), 0, 0);
        discourse.resolve(person("Bright", 4), 2, 0);

        assertThat(e.isNamedOnlyOpeningSentences()).isFalse();
    }
}
