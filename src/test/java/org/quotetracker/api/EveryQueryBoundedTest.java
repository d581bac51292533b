package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every SQL statement a request runs, through Hibernate or plain JDBC, has the time limit of 30 s (issue 13). */
@ApiTest
class EveryQueryBoundedTest {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void everyStatementOfARequestRunsUnderTheQueryTimeout() {
        List<Integer> timeouts = statements.timeoutsDuring(() -> graphQlTester.mutate().responseTimeout(Duration.ofSeconds(30))
                .webTestClient(client -> client.responseTimeout(Duration.ofSeconds(30))).build().document("""
                        { quotes(filter: { text: "impossible" }) { totalCount nodes { text speaker { name } article { headline } } }
                          peskov: quotes(filter: { speaker: "Peskov" }) { totalCount nodes { appearances { saidOn } } }
                          people(search: "Stoltenberg") { nodes { aliases roles { title articles { headline } }
                            timeline(granularity: YEAR) { count quotes { text } } } } }""")
                .execute().path("quotes.totalCount").hasValue());

        assertThat(timeouts).hasSizeGreaterThan(5).containsOnly(30);
    }
}
