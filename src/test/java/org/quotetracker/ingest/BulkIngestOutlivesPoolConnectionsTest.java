package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetracker.QuoteTrackerApplication;
import org.quotetracker.support.SampleArticles;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code ingest} command's writer, on a new file database, keeps storing after the pool retired the connections it
 * started with (the one that ran the migrations among them), as a run longer than the pool's max-lifetime sees.
 */
class BulkIngestOutlivesPoolConnectionsTest {

    private static final int ARTICLES = 3 * BulkIngest.ARTICLES_PER_COMMIT;

    @TempDir
    Path dataDirectory;

    @Test
    void everyArticleIsStoredWhenThePoolRetiresItsConnectionsMidRun() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QuoteTrackerApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("quotes"), "--quotes.seed.enabled=false")) {
            HikariDataSource pool = app.getBean(HikariDataSource.class);
            ConcurrentMap<String, String> failures = new ConcurrentHashMap<>();
            List<BulkIngest.Source> sources = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                String text = SampleArticles.quoting("long run " + i, "Mari Lenge", "Minister Runde" + i);
                boolean retireHere = i == BulkIngest.ARTICLES_PER_COMMIT + 1;
                sources.add(new BulkIngest.Source("article-" + i, () -> {
                    if (retireHere) {
                        pool.getHikariPoolMXBean().softEvictConnections();
                    }
                    return text;
                }));
            }

            // Open throughout, outside the pool so that every pool connection is retired: an embedded H2 database
            // closes with its last connection, and opening it again would hide the defect; a long run always has
            // some connection open.
            try (Connection other = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
                app.getBean(BulkIngest.class).run(sources, 2, new BulkIngest.Outcomes() {
                    @Override
                    public void stored(String name, IngestResult result) {
                    }

                    @Override
                    public void failed(String name, String message) {
                        failures.put(name, message);
                    }
                });
            }

            assertThat(failures).isEmpty();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from article", Integer.class)).isEqualTo(ARTICLES);
            assertThat(jdbc.queryForObject("select quote_count from person where name = 'Mari Lenge'", Integer.class)).isEqualTo(ARTICLES);
        }
    }
}
