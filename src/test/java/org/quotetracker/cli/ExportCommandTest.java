package org.quotetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportCommandTest {

    @TempDir
    Path dataDirectory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int export(String... args) throws Exception {
        return new ExportCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOnlyTheSpeakersQuotesAsJsonLinesFromTheConfiguredDatabase() throws Exception {
        int status = export("--speaker", "Peskov", "--format", "jsonl",
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("quotes"), "--quotes.seed.enabled=true");

        List<JsonNode> rows = out.toString(StandardCharsets.UTF_8).lines().map(JsonMapper.builder().build()::readTree).toList();
        assertThat(status).isZero();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(row -> assertThat(row.get("speaker").asString()).isEqualTo("Dmitry Peskov"))
                .anySatisfy(row -> assertThat(row.get("text").asString()).isEqualTo("This is impossible,"));
    }

    @Test
    void aDateThatIsNotOneIsAUsageError() throws Exception {
        assertThat(export("--from", "yesterday")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--from needs a date of the form YYYY-MM-DD, not yesterday");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        assertThat(export("--format", "xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--format is csv or jsonl, not xml");
    }
}
