package org.quotetracker.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetracker.cli.Cli;
import org.quotetracker.support.SampleArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL, quotes stored by another process reach this server's subscribers: here the ingest command, which
 * starts an application of its own with its own connections to the same database, as another instance would.
 */
@LiveTest
class QuoteAddedAcrossInstancesTest {

    @LocalServerPort
    int port;

    @Autowired
    LiveQuotes live;

    @Autowired
    PostgresQuoteListener listener;

    @Autowired
    QuoteNotifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path articles;

    @BeforeAll
    static void onPostgresOnly() {
        assumeTrue(System.getProperty("quotes.test.postgres.url") != null,
                "quotes from another instance are heard only through PostgreSQL (-Ppostgres)");
    }

    @Test
    void aQuoteTheIngestCommandStoresArrives() throws Exception {
        try (Subscriber subscriber = Subscriber.to(port, Map.of("speaker", "Mari Holm"), live)) {
            ingestWithTheCommand(SampleArticles.quoting("command line ferry", "Mari Holm", "Are Lund"));

            assertThat(subscriber.next()).containsEntry("speaker", Map.of("name", "Mari Holm"));
        }
    }

    @Test
    void theListenerListensAgainAfterItsConnectionIsLost() throws Exception {
        int listens = listener.listens();
        jdbc.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = ? AND pid <> pg_backend_pid()",
                row -> { }, notifications.listen());
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.listens() > listens);

        try (Subscriber subscriber = Subscriber.to(port, Map.of("speaker", "Rune Sand"), live)) {
            ingestWithTheCommand(SampleArticles.quoting("reconnected ferry", "Rune Sand", "Are Lund"));

            assertThat(subscriber.next()).containsEntry("speaker", Map.of("name", "Rune Sand"));
        }
    }

    private void ingestWithTheCommand(String page) throws Exception {
        Path file = Files.writeString(articles.resolve("article.txt"), page);
        assertThat(Cli.run(new String[] {"ingest", file.toString(), "--spring.datasource.url=" + LiveTest.DATABASE}))
                .isEqualTo(0);
    }
}
