package org.quotetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 100,000 quotes leave through the export a page at a time: no query returns more than a page, no entity is loaded,
 * and the client reads rows while the server is still reading the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:export-streaming;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=false",
        "quotes.export.page-size=1000",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportStreamingTest {

    private static final int QUOTES = 100_000;
    private static final int PAGE = 1000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeAll
    void storeAHundredThousandQuotes() {
        jdbc.update("insert into article (id, content_hash, outlet, headline, published_on, body) values (1, 'x', 'Wire', 'Big, \"busy\" day', date '2025-01-01', 'x')");
        jdbc.update("insert into person (id, name, name_key, kind) values (1, 'Ada Bulk', 'ada bulk', 'PERSON')");
        jdbc.update("insert into statement (id, speaker_id, text_key) values (1, 1, 'k')");
        // A series made in the database itself (H2's SYSTEM_RANGE, PostgreSQL's generate_series): seconds faster than
        // sending the rows.
        String series = jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName().equals("H2")
                        ? "system_range(1, ?)" : "generate_series(1, ?) as x");
        jdbc.update("""
                insert into quote (id, article_id, speaker_id, statement_id, quoted_text, start_offset, end_offset, partial,
                                   said_on, date_precision, confidence)
                select x, 1, 1, 1, 'Words, "quoted"' || cast(? as varchar) || 'number ' || x, x, x + 1, false,
                       date '2025-01-01', 'DAY', 0.9
                from\s""" + series, "\n", QUOTES);
    }

    @Test
    void aHundredThousandRowsStreamOutAPageAtATime() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        long records = 0;
        try (InputStream body = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/quotes.csv")).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body();
             BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                // Each quote's text holds a line break inside its quoted field, so a record is two lines here.
                records += line.endsWith("0.9") || line.startsWith("id,") ? 1 : 0;
            }
        }

        assertThat(records).isEqualTo(QUOTES + 1);
        assertThat(statistics.getEntityLoadCount()).isZero();
        assertThat(statistics.getQueries()).singleElement().satisfies(query -> {
            assertThat(statistics.getQueryStatistics(query).getExecutionRowCount()).isEqualTo(QUOTES);
            assertThat(statistics.getQueryStatistics(query).getExecutionCount()).isEqualTo(QUOTES / PAGE + 1);
        });
    }
}
