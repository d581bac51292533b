package org.quotetracker.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetracker.cli.Cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed articles through the archive job: the quotes {@code extract} prints, and the people the service makes. */
class ArchiveExtractionTest {

    @TempDir
    static Path output;

    private static List<Row> quotes;

    @BeforeAll
    static void runTheJobOnTheSeedArticles() throws Exception {
        LocalSpark.run("--input", Path.of("seed-data").toAbsolutePath().toString(), "--output", output.toString());
        quotes = LocalSpark.dataset(output, "quotes").collectAsList();
    }

    @Test
    void seedArticlesGiveExactlyTheQuotesExtractPrints() {
        List<String> printed = extract("seed-data").stream().map(ArchiveExtractionTest::line).sorted().toList();

        List<String> archived = quotes.stream().map(ArchiveExtractionTest::line).sorted().toList();

        assertThat(printed).hasSizeGreaterThan(40);
        assertThat(archived).containsExactlyElementsOf(printed);
    }

    @Test
    void peskovIsOnePersonWithHisTitleAndTheDayHeSaidIt() {
        Row impossible = quotes.stream().filter(q -> q.<String>getAs("text").equals("This is impossible,")).findFirst().orElseThrow();
        String personKey = impossible.getAs("person_key");

        Row peskov = LocalSpark.dataset(output, "people").filter("person_key = '" + personKey + "'").first();
        List<Row> roles = LocalSpark.dataset(output, "roles").filter("person_key = '" + personKey + "'").collectAsList();

        assertThat(peskov.<String>getAs("name")).isEqualTo("Dmitry Peskov");
        assertThat(impossible.<String>getAs("role")).isEqualTo("Kremlin spokesman");
        assertThat(impossible.<Object>getAs("said_on")).isNotNull();
        assertThat(roles).extracting(r -> r.<String>getAs("title")).contains("Kremlin spokesman");
    }

    @Test
    void everyAttributedQuoteBelongsToAPersonAndAStatement() {
        long statements = LocalSpark.dataset(output, "statements").count();
        long attributed = quotes.stream().filter(q -> q.getAs("person_key") != null).count();

        assertThat(quotes.stream().filter(q -> q.getAs("speaker") != null && !q.<String>getAs("speaker").isBlank()))
                .allMatch(q -> q.getAs("person_key") != null && q.getAs("statement_key") != null);
        assertThat(statements).isPositive().isLessThanOrEqualTo(attributed);
    }

    /** What {@code java -jar quote-tracker.jar extract PATH} prints, one JSON object a line. */
    static List<JsonNode> extract(String path) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(Cli.run(new String[] {"extract", path})).isZero();
        } finally {
            System.setOut(original);
        }
        JsonMapper json = JsonMapper.builder().build();
        return printed.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    private static String line(JsonNode q) {
        return String.join("|", q.get("file").asString(), q.get("text").asString(), q.get("start").asString(),
                q.get("end").asString(), text(q.get("speaker")), text(q.get("speakerKind")), text(q.get("role")),
                text(q.get("saidOn")), q.get("partial").asString(), text(q.get("cue")), text(q.get("method")),
                Double.toString(q.get("confidence").asDouble()));
    }

    private static String line(Row q) {
        return String.join("|", Path.of(java.net.URI.create(q.<String>getAs("source"))).getFileName().toString(),
                q.getAs("text"), q.getAs("start").toString(), q.getAs("end").toString(), Objects.toString(q.getAs("speaker"), "null"),
                Objects.toString(q.getAs("speaker_kind"), "null"), Objects.toString(q.getAs("role"), "null"),
                Objects.toString(q.getAs("said_on"), "null"), q.getAs("partial").toString(), Objects.toString(q.getAs("cue"), "null"),
                Objects.toString(q.getAs("method"), "null"), Double.toString(q.<Double>getAs("confidence")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asString();
    }
}
