package org.quotetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quotetracker.QuoteTrackerApplication;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.QuoteExtractor;
import org.quotetracker.support.SampleArticles;

/**
 * Durability of bulk ingestion, tested the hard way: a real {@code ingest} process on an H2 file database is killed
 * with SIGKILL half-way, then run again over the same files.
 */
class KilledIngestTest {

    private static final int ARTICLES = 300;
    private static final int KILL_AFTER = 60;
    private static final String[] FIRST_NAMES = {"Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Nils", "Astrid", "Erik"};
    private static final String[] SURNAMES = {"Nordmann", "Hansen", "Berg", "Dahl", "Strand", "Lund", "Haugen", "Bakken"};

    @TempDir
    Path work;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aKilledIngestLeavesWholeArticlesOnlyAndARerunAddsTheRestOnce() throws Exception {
        Map<String, Integer> expectedQuotes = writeArticles(work.resolve("articles"));
        String database = "jdbc:h2:file:" + work.resolve("db/quotes");

        Process first = startIngest(database, "first");
        List<String> committed = readCommittedUntil(first, KILL_AFTER);
        first.destroyForcibly();
        assertThat(first.waitFor()).as("killed by SIGKILL").isEqualTo(137);

        Map<String, Integer> afterKill = storedQuoteCounts(database);
        assertThat(afterKill.size()).as("articles stored before the kill").isBetween(committed.size(), ARTICLES - 1);
        assertWhole(afterKill, expectedQuotes);

        Process second = startIngest(database, "second");
        String summary = lastLine(second);
        assertThat(second.waitFor()).as("rerun exit code; see " + work.resolve("second.err")).isZero();

        assertThat(summary).contains(ARTICLES + " files: " + (ARTICLES - afterKill.size()) + " new, "
                + afterKill.size() + " already present, 0 failed");
        Map<String, Integer> afterRerun = storedQuoteCounts(database);
        assertThat(afterRerun).hasSize(ARTICLES);
        assertWhole(afterRerun, expectedQuotes);
        assertThat(rows(database, "select count(distinct content_hash) from article")).isEqualTo(ARTICLES);
    }

    /** Every stored article has exactly the quotes a fresh extraction of its text attributes, and is one of ours. */
    private static void assertWhole(Map<String, Integer> stored, Map<String, Integer> expected) {
        stored.forEach((text, quotes) -> assertThat(quotes).as("quotes of a stored article").isEqualTo(expected.get(text)));
    }

    private static Map<String, Integer> writeArticles(Path directory) throws IOException {
        Files.createDirectories(directory);
        QuoteExtractor extractor = new QuoteExtractor();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            String text = SampleArticles.quoting("number " + i, name(i), name(i * 7 + 3));
            Files.writeString(directory.resolve(String.format("%04d.txt", i)), text);
            long attributed = extractor.extract(text).quotes().stream().filter(KilledIngestTest::hasSpeaker).count();
            assertThat(attributed).as("quotes the extractor attributes in a sample article").isPositive();
            expected.put(text, (int) attributed);
        }
        return expected;
    }

    private static String name(int i) {
        return FIRST_NAMES[i % FIRST_NAMES.length] + " " + SURNAMES[(i / FIRST_NAMES.length) % SURNAMES.length];
    }

    private static boolean hasSpeaker(ExtractedQuote quote) {
        return quote.speaker() != null && quote.speaker().name() != null && !quote.speaker().name().isBlank();
    }

    /** The ingest command in a JVM of its own, on this test's classpath; its errors go to a file beside the data. */
    private Process startIngest(String database, String run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                QuoteTrackerApplication.class.getName(), "ingest", "--verbose", work.resolve("articles").toString(),
                "--spring.datasource.url=" + database)
                .redirectError(work.resolve(run + ".err").toFile())
                .start();
    }

    /** Reads the process's report of committed articles until {@code count} new ones have been reported. */
    private static List<String> readCommittedUntil(Process process, int count) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> committed = new ArrayList<>();
        String line;
        while (committed.size() < count && (line = out.readLine()) != null) {
            if (line.startsWith("new ")) {
                committed.add(line);
            }
        }
        assertThat(committed).as("articles reported before the kill").hasSize(count);
        return committed;
    }

    private static String lastLine(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String last = "";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            last = line;
        }
        return last;
    }

    /** Each stored article's text with the number of its quotes. */
    private static Map<String, Integer> storedQuoteCounts(String database) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = DriverManager.getConnection(database, "sa", "");
             ResultSet rows = db.createStatement().executeQuery(
                     "select a.body, count(q.id) from article a left join quote q on q.article_id = a.id group by a.id, a.body")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static long rows(String database, String countQuery) throws SQLException {
        try (Connection db = DriverManager.getConnection(database, "sa", "");
             ResultSet rows = db.createStatement().executeQuery(countQuery)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
