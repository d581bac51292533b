package org.quotetracker.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed or binary article is counted and listed with its reason; it never fails the job nor its neighbours. */
class RejectedArticlesTest {

    @TempDir
    Path work;

    @Test
    void aMixedFolderGivesItsGoodArticlesAndListsTheBadFilesWithTheirReasons() throws Exception {
        Path input = Files.createDirectories(work.resolve("mixed"));
        Files.copy(Path.of("seed-data/004_b5d0f4fd19b41e38.txt"), input.resolve("good.txt"));
        Files.write(input.resolve("binary.bin"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3, (byte) 0x9c, 0, 0});
        Files.write(input.resolve("latin1.txt"), "\"Ça va,\" dit le ministre.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("empty.txt"), "   \n");
        Path output = work.resolve("out");

        ArchiveJob.Summary summary = LocalSpark.run("--input", input.toString(), "--output", output.toString());

        Map<String, String> reasons = LocalSpark.dataset(output, "rejected").collectAsList().stream().collect(Collectors.toMap(
                r -> Path.of(r.<String>getAs("source")).getFileName().toString(), r -> r.<String>getAs("reason")));
        assertThat(reasons).containsOnlyKeys("binary.bin", "latin1.txt", "empty.txt");
        assertThat(reasons.get("latin1.txt")).isEqualTo("not UTF-8 text");
        assertThat(reasons.get("empty.txt")).contains("empty");
        assertThat(reasons.get("binary.bin")).isIn("not UTF-8 text", "The article text looks binary (it holds control characters); send plain text");
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.quotes()).isPositive();
    }

    @Test
    void jsonLinesGiveTheirDetailsAndAMalformedLineIsRejected() throws Exception {
        String text = Files.readString(Path.of("seed-data/004_b5d0f4fd19b41e38.txt"));
        String good = "{\"url\":\"https://example.org/a\",\"outlet\":\"Archive Times\",\"publishedOn\":\"2025-08-15\",\"text\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text) + "}";
        Path input = Files.createDirectories(work.resolve("jsonl"));
        Files.write(input.resolve("articles.jsonl"), List.of(good, "{\"url\": \"https://example.org/b\", \"text\": "));
        Path output = work.resolve("out");

        ArchiveJob.Summary summary = LocalSpark.run("--input", input.toString(), "--output", output.toString());

        Row article = LocalSpark.dataset(output, "articles").first();
        assertThat(summary.layout()).isEqualTo(ArchiveInput.Layout.JSONL);
        assertThat(article.<String>getAs("outlet")).isEqualTo("Archive Times");
        assertThat(article.<String>getAs("url")).isEqualTo("https://example.org/a");
        assertThat(article.<Object>getAs("published_on").toString()).isEqualTo("2025-08-15");
        assertThat(LocalSpark.dataset(output, "rejected").first().<String>getAs("reason")).startsWith("not a JSON object");
    }
}
