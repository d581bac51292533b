package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An unnamed group described with a tail ("the people of Halden") is a group by its head noun, not its last word. */
class UnnamedGroupHeadTest {

    @Test
    void theManIsNotAGroupDescribedWithATail() {
        String[] text = {
                "Ron Vale spoke to the dock workers on Friday. \"The plan is a disgrace,\" Vale added.",
                "The people of Halden \"deserve someone who works as hard as they do,\" insisted the man who grew up on "
                        + "its docks."};
        assertThat(Extract.speaker("works as hard", text)).isEqualTo("Ron Vale");
    }
}
