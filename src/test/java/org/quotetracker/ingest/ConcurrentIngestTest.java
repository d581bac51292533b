package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many {@code ingestArticle} calls at the same moment end as if they had run one after the other: a name, title or
 * statement that is new to all of them is stored once, and every quote is there once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:concurrent-ingest;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=false",
        "quotes.api-keys=" + WriteApiTest.KEY})
@AutoConfigureHttpGraphQlTester
class ConcurrentIngestTest {

    private static final int WRITERS = 16;

    HttpGraphQlTester graphQlTester;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    void graphQlTester(HttpGraphQlTester tester) {
        graphQlTester = Writes.patient(tester);
    }

    @Test
    void articlesQuotingTheSameNewNameAtOnceMakeOnePersonWithAllTheirQuotes() throws Exception {
        ingestAtOnce(i -> SampleArticles.quoting("crowded harbour " + i, "Gro Samtidig", "Minister Nr" + i));

        assertThat(jdbc.queryForList("select quote_count from person where name = 'Gro Samtidig'", Integer.class))
                .containsExactly(WRITERS);
        assertThat(jdbc.queryForObject("""
                select count(*) from quote q join person p on p.id = q.speaker_id where p.name = 'Gro Samtidig'""", Integer.class))
                .isEqualTo(WRITERS);
    }

    @Test
    void articlesGivingANewPersonTheSameTitleAtOnceMakeOneRoleSeenInEachOfThem() throws Exception {
        ingestAtOnce(i -> SampleArticles.quoting("busy quay " + i, "Per Parallell", "Minister Nn" + i));

        assertThat(jdbc.queryForList("""
                select r.title from person_role r join person p on p.id = r.person_id where p.name = 'Per Parallell'""", String.class))
                .containsExactly("Mayor");
        assertThat(jdbc.queryForObject("""
                select count(*) from role_sighting s join person_role r on r.id = s.role_id
                join person p on p.id = r.person_id where p.name = 'Per Parallell'""", Integer.class))
                .isEqualTo(WRITERS);
    }

    @Test
    void articlesCarryingTheSameNewWordsAtOnceMakeOneStatementWithEveryAppearance() throws Exception {
        ingestAtOnce(i -> """
                Fjord Post
                Ferry report number %d of the day

                The ferry was late again on route %d.

                "The ferries must run on time," said Mayor Siri Sammen.
                """.formatted(i, i));

        assertThat(jdbc.queryForObject("""
                select count(*) from statement s join person p on p.id = s.speaker_id where p.name = 'Siri Sammen'""", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(distinct q.article_id) from quote q join person p on p.id = q.speaker_id
                where p.name = 'Siri Sammen'""", Integer.class))
                .isEqualTo(WRITERS);
    }

    /** Sends {@value #WRITERS} different articles at the same moment, each from a thread of its own; all must be stored. */
    private void ingestAtOnce(java.util.function.IntFunction<String> article) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<String>> ids = writers.invokeAll(IntStream.range(0, WRITERS)
                    .mapToObj(i -> (Callable<String>) () -> {
                        start.await();
                        return Writes.ingest(graphQlTester, article.apply(i));
                    })
                    .toList());
            for (Future<String> id : ids) {
                assertThat(id.get()).isNotBlank();
            }
        } finally {
            writers.shutdownNow();
        }
    }
}
