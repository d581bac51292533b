package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quotetracker.QuoteTrackerApplication;
import org.quotetracker.support.SampleArticles;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the service on one database (two application contexts, each with its own pool, as two servers
 * behind a load balancer; with -Ppostgres, one PostgreSQL schema) store articles at the same moment: a person new
 * to both is stored once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final int WRITERS_PER_INSTANCE = 8;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    void startTwoInstances() {
        for (int i = 0; i < 2; i++) {
            instances.add(new SpringApplicationBuilder(QuoteTrackerApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--spring.datasource.url=jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1",
                            "--quotes.seed.enabled=false"));
        }
    }

    @AfterAll
    void stopThem() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void bothInstancesMeetingANewNameAtOnceStoreOnePersonWithEveryQuote() throws Exception {
        int writers = 2 * WRITERS_PER_INSTANCE;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        List<Callable<IngestResult>> ingests = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            ArticleIngester instance = instances.get(i % 2).getBean(ArticleIngester.class);
            String article = SampleArticles.quoting("two servers " + i, "Una Tvilling", "Minister Nummer" + i);
            ingests.add(() -> {
                start.await();
                return instance.ingest(article);
            });
        }
        try {
            for (Future<IngestResult> result : threads.invokeAll(ingests)) {
                assertThat(result.get().created()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }

        JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("select quote_count from person where name = 'Una Tvilling'", Integer.class))
                .containsExactly(writers);
        assertThat(jdbc.queryForList("""
                select r.title from person_role r join person p on p.id = r.person_id where p.name = 'Una Tvilling'""", String.class))
                .containsExactly("Mayor");
    }
}
