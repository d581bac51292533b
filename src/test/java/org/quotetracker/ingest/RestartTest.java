package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetracker.QuoteTrackerApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seed articles are stored on the first start against a file database, and not again on the next. */
class RestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void restartOnTheSameDatabaseDuplicatesNothing() {
        List<Long> afterFirstStart = countsAfterStart();
        List<Long> afterRestart = countsAfterStart();

        assertThat(afterFirstStart.get(0)).isEqualTo(5);
        assertThat(afterRestart).isEqualTo(afterFirstStart);
    }

    /** Articles, quotes, people, aliases and roles once the application has started and seeded. */
    private List<Long> countsAfterStart() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QuoteTrackerApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("quotes"),
                        "--quotes.seed.enabled=true")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            return List.of("article", "quote", "person", "person_alias", "person_role").stream()
                    .map(table -> jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .toList();
        }
    }
}
