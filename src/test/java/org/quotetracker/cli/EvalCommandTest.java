package org.quotetracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvalCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int eval(String... args) throws Exception {
        return new EvalCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws Exception {
        return Path.of(EvalCommandTest.class.getResource(name).toURI()).toString();
    }

    @Test
    void withoutArgumentsItScoresTheBundledSeedArticles() throws Exception {
        assertEquals(0, eval());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("quotes: gold 46, predicted "));
    }

    @Test
    void itPrintsScorePysFiguresAsJsonForAPredictionsFile() throws Exception {
        assertEquals(0, eval("--json", "--predictions", resource("/eval/seed-predictions-fixture.jsonl")));
        JsonMapper json = JsonMapper.builder().build();
        JsonNode expected = json.readTree(getClass().getResourceAsStream("/eval/seed-predictions-fixture.expected.json"));
        assertEquals(expected, json.readTree(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void aGoldFileNeedsArticlesOrPredictions() throws Exception {
        assertEquals(2, eval("--gold", resource("/eval/seed-gold.json")));
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        assertEquals(2, eval("--fast"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --fast"));
    }
}
