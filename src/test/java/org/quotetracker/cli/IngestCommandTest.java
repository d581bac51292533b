package org.quotetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetracker.support.SampleArticles;

class IngestCommandTest {

    @TempDir
    Path articles;

    @Test
    void filesThatCannotBeStoredAreNamedAndSkippedAndTheExitCodeSaysSo() throws Exception {
        Files.writeString(articles.resolve("good.txt"), SampleArticles.about("command line"));
        Files.write(articles.resolve("latin1.txt"), "Caf\u00e9 \"quoted\", said Ola Hansen.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(articles.resolve("empty.txt"), "\n");
        Files.writeString(articles.resolve("no-break-spaces.txt"), "\u00a0\u00a0\n\u202f\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = new IngestCommand().run(
                List.of(articles.toString(), "--spring.datasource.url=jdbc:h2:mem:ingest-command;DB_CLOSE_DELAY=-1"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("latin1.txt: not UTF-8 text")
                .contains("empty.txt: The article text is empty")
                .contains("no-break-spaces.txt: The article text is empty");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("ingest: 4 files: 1 new, 0 already present, 3 failed; 2 quotes stored");
    }
}
