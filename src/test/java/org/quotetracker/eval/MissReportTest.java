package org.quotetracker.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotetracker.eval.Quotes.gold;
import static org.quotetracker.eval.Quotes.goldStandard;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MissReportTest {

    private static final String TEXT = "\"One,\" he said.\n\"Two,\" he said.\n\"Three,\" said Biden.";

    private static GoldQuote quote(String words, String speaker) {
        int start = TEXT.indexOf(words);
        return gold("{'text': '%s', 'start': %d, 'end': %d, 'speaker': '%s'}".formatted(words, start, start + words.length(), speaker));
    }

    private final Scoring scoring = Scorer.score(goldStandard(quote("One,", "Jens Stoltenberg"), quote("Two,", "Jens Stoltenberg"),
            quote("Three,", "Joe Biden")), List.of(new Prediction("a.txt", "Three,", 36, 42, "Stoltenberg", "PERSON", null, null, null)));

    @Test
    void quotesOfTheSameShapeFormOneGroup() {
        MissReport.Section missed = MissReport.of(scoring, Map.of("a.txt", TEXT)).sections().get(0);
        assertEquals(List.of("¶ \"…,\" he said"), missed.groups().stream().map(MissReport.Group::pattern).toList());
        assertEquals(2, missed.groups().get(0).examples().size());
    }

    @Test
    void wrongSpeakersAreGroupedByKindGivenAndExpected() {
        MissReport.Section wrong = MissReport.of(scoring, Map.of()).sections().get(1);
        assertEquals("PERSON -> PERSON", wrong.groups().get(0).pattern());
        assertEquals("expected Joe Biden, given Stoltenberg", wrong.groups().get(0).examples().get(0).detail());
    }

    @Test
    void theTextShowsCountsPatternsAndExamples() {
        List<String> lines = MissReport.of(scoring, Map.of("a.txt", TEXT)).lines(1, 1);
        assertEquals(List.of("", "quotes missed (2), by the shape around the quote:",
                "     2  ¶ \"…,\" he said",
                "          a.txt  \"One,\"  Jens Stoltenberg, not named by its key words"), lines.subList(0, 4));
    }
}
