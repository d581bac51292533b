package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The Harbor Party's presumed nominee, Tom Hale has won …": the owned words describe the name after their comma. */
class OwnedDescriptionWithoutClosingCommaTest {

    @Test
    void nameAfterAnOwnedDescriptionIsTheSubjectEvenWithoutAClosingComma() {
        assertThat(Extract.speaker("take back the docks", "The harbor race is tight.",
                "The Harbor Party's presumed nominee, Tom Hale has gained ground by echoing slogans like \"take back the docks\" across the county."))
                .isEqualTo("Tom Hale");
    }
}
