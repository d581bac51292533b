package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that news gives places, and the main clause after an opening place, for the nearest-person guess. */
class NearestPersonPlaceTest {

    @Test
    void aNameAndAPastTenseVerbAfterAnOpeningPlaceStartTheMainClauseNotAnApposition() {
        String text = "Here in Dayton, Harlan stepped up his push on criminal justice issues.";
        List<Mention> mentions = new NounPhrases().mentions(Tokenizer.tokenize(text, 0, text.length(), List.of()));
        assertThat(mentions).extracting(Mention::name).contains("Harlan");
        assertThat(mentions).filteredOn(m -> m.name().equals("Dayton")).allMatch(m -> m.title() == null);
    }

    @Test
    void aTownNamedBeforeAStateIsNotTheNearestPerson() {
        ExtractedQuote q = Extract.quote("a full and open review",
                "Tom Harlan toured the coast on Monday. His support grew after the floods in San Lorenzo, Calif., and after his"
                        + " pledge of \"a full and open review of every budget office\" in the state.");
        assertThat(q.speaker().name()).isEqualTo("Tom Harlan");
        assertThat(q.method()).isEqualTo(AttributionMethod.NEAREST_PERSON);
    }
}
