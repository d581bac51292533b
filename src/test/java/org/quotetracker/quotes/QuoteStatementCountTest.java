package org.quotetracker.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** No N+1: the SQL a page of quotes costs does not grow with the page. */
@ApiTest
class QuoteStatementCountTest {

    private static final String PAGE_WITH_LINKS = """
            query($first: Int) {
              quotes(first: $first) {
                totalCount
                nodes { text saidOn role speaker { name kind } article { headline outlet } }
              }
            }""";

    private static final String SPEAKER_PAGE_WITH_LINKS = """
            query($speaker: String) {
              quotes(filter: {speaker: $speaker}, first: 50) {
                totalCount
                nodes { text saidOn role speaker { name kind } article { headline outlet } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void pageOfFiftyQuotesWithSpeakerAndArticleCostsThreeStatements() {
        // The page, its count, and one statement for the speakers and articles of the quotes still stored.
        assertThat(statementsFor(50)).isEqualTo(3);
    }

    @Test
    void speakersPageWithSpeakerAndArticleCostsOneStatement() {
        // The people the name means, their page and its articles together; its count and speaker come with the people.
        assertThat(statements.during(() -> graphQl.document(SPEAKER_PAGE_WITH_LINKS).variable("speaker", "Peskov").execute()
                .path("quotes.nodes[*].article.headline").entityList(String.class).hasSizeGreaterThan(1)))
                .isEqualTo(1);
    }

    @Test
    void statementCountDoesNotGrowWithThePage() {
        assertThat(statementsFor(50)).isEqualTo(statementsFor(2));
    }

    private long statementsFor(int first) {
        return statements.during(() -> graphQl.document(PAGE_WITH_LINKS).variable("first", first).execute()
                .path("quotes.nodes").entityList(Object.class).hasSize(first));
    }
}
