package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A past form between a name and a full name is the clause's verb ("Hale attacked Ann Reed"), no title joining them. */
class PastFormBetweenNamesTest {

    @Test
    void participleAfterAVerbsFullNameObjectBorrowsTheSubjectNotTheObject() {
        assertThat(Extract.speaker("a tired showman", "The harbor race is tight.",
                "Tom Hale attacked Ann Reed, calling her \"a tired showman.\""))
                .isEqualTo("Tom Hale");
    }
}
