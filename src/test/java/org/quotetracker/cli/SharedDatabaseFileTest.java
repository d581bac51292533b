package org.quotetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quotetracker.QuoteTrackerApplication;
import org.quotetracker.support.SampleArticles;

/**
 * The default H2 file is shared in H2's mixed mode: while one process (the server) has it open, the {@code ingest} and
 * {@code export} commands of another process use the same database through it instead of failing on H2's file lock.
 */
class SharedDatabaseFileTest {

    @TempDir
    Path work;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theCommandLineWritesIntoTheDefaultDatabaseWhileAnotherProcessHasItOpen() throws Exception {
        Path articles = Files.createDirectories(work.resolve("articles"));
        Files.writeString(articles.resolve("shared.txt"), SampleArticles.quoting("a shared file", "Ragna Vold", "Tore Lie"));
        Process server = java("--server.port=0");
        try (Connection open = awaitDatabase()) {
            Process ingest = java("ingest", articles.toString());
            assertThat(ingest.waitFor(5, TimeUnit.MINUTES)).as("ingest finished").isTrue();
            assertThat(ingest.exitValue()).as("ingest exit code; see " + work.resolve("ingest.err")).isZero();

            try (ResultSet rows = open.createStatement().executeQuery(
                    "select count(*) from article where body like '%a shared file%'")) {
                rows.next();
                assertThat(rows.getInt(1)).as("the article, seen by the process that holds the file").isEqualTo(1);
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The jar's main class in a JVM of its own, in the work folder, so that it opens the default ./data/quotes. */
    private Process java(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String name = args[0].startsWith("--") ? "server" : args[0];
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), QuoteTrackerApplication.class.getName()));
        command.addAll(List.of(args));
        // The shipped application.yml only: the test classpath's own properties would choose an in-memory database.
        command.add("--spring.config.location=classpath:application.yml");
        command.add("--quotes.seed.enabled=false");
        return new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile())
                .start();
    }

    /** A connection of this test to the server's database, once the server has created and migrated it. */
    private Connection awaitDatabase() throws Exception {
        Path out = work.resolve("server.out");
        for (int i = 0; i < 3000; i++) {
            if (Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).contains("Started QuoteTrackerApplication")) {
                return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/quotes") + ";AUTO_SERVER=TRUE", "sa", "");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start; see " + out);
    }
}
