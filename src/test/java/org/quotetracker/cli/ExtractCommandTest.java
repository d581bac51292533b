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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int extract(String... args) throws Exception {
        return new ExtractCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path article(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<JsonNode> lines() {
        JsonMapper json = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    @Test
    void eachQuoteIsOneJsonLineWithExactlyTheAgreedFields() throws Exception {
        article("a.txt", "Headline\n\n\"We are ready,\" said Mayor Kim Lee.\n");

        assertThat(extract(dir.toString())).isZero();

        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.propertyNames()).containsExactly("file", "text", "start", "end", "speaker", "speakerKind",
                    "role", "saidOn", "partial", "cue", "method", "confidence");
            assertThat(line.get("file").asString()).isEqualTo("a.txt");
            assertThat(line.get("text").asString()).isEqualTo("We are ready,");
            assertThat(line.get("speaker").asString()).isEqualTo("Kim Lee");
            assertThat(line.get("saidOn").isNull()).isTrue();
        });
    }

    @Test
    void aFileThatIsNotUtf8IsNamedOnStderrAndTheOthersStillCome() throws Exception {
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
        article("good.txt", "Headline\n\n\"We are ready,\" said Mayor Kim Lee.\n");

        assertThat(extract(dir.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.txt").contains("not UTF-8");
        assertThat(lines()).extracting(line -> line.get("file").asString()).containsExactly("good.txt");
    }
}
