package org.quotetracker.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.Errors;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.quotetracker.support.Writes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** mergePeople and addAlias. */
@WriteApiTest
class PeopleCorrectionsTest {

    private static final String MERGE = """
            mutation ($source: ID!, $target: ID!) {
              mergePeople(sourceId: $source, targetId: $target) { id name aliases roles { title } quotes { totalCount } }
            }""";

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Test
    void mergingGivesTheTargetTheSourcesQuotesNamesAndTitlesAndRemovesTheSource() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("merged", "Rune Lie", "Rolf Lie-Hansen"));
        List<Map<String, Object>> quotes = Writes.quotesOf(graphQlTester, article);
        String mayor = speakerId(quotes.get(0));
        String minister = speakerId(quotes.get(1));

        GraphQlTester.Response merged = Writes.withKey(graphQlTester).document(MERGE)
                .variable("source", minister).variable("target", mayor).execute();

        merged.path("mergePeople.id").entity(String.class).isEqualTo(mayor);
        merged.path("mergePeople.aliases").entityList(String.class).contains("Rune Lie", "Rolf Lie-Hansen");
        merged.path("mergePeople.roles[*].title").entityList(String.class).contains("Mayor", "Transport minister");
        merged.path("mergePeople.quotes.totalCount").entity(Integer.class).isEqualTo(2);
        graphQlTester.document("query ($id: ID!) { person(id: $id) { name } }").variable("id", minister).execute()
                .errors().satisfy(Errors.single(ErrorType.NOT_FOUND));
    }

    @Test
    void mergingCountsTheTargetsQuotesAndKeepsTheirStatements() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("merge counts", "Ada Borg", "Ivar Berg"));
        List<Map<String, Object>> quotes = Writes.quotesOf(graphQlTester, article);

        GraphQlTester.Response merged = Writes.withKey(graphQlTester)
                .document("""
                        mutation ($source: ID!, $target: ID!) {
                          mergePeople(sourceId: $source, targetId: $target) {
                            quoteCount quotes { totalCount nodes { appearances { article { id } } } }
                          }
                        }""")
                .variable("source", speakerId(quotes.get(1))).variable("target", speakerId(quotes.get(0))).execute();

        merged.path("mergePeople.quoteCount").entity(Integer.class).isEqualTo(2);
        merged.path("mergePeople.quotes.nodes[*].appearances[*].article.id").entityList(String.class).containsExactly(article, article);
    }

    @Test
    void aNameOfTheMergedSourceIsReadAsTheTargetInLaterArticles() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("merge first", "Gro Eik", "Nils Alm"));
        List<Map<String, Object>> quotes = Writes.quotesOf(graphQlTester, article);
        Writes.withKey(graphQlTester).document(MERGE)
                .variable("source", speakerId(quotes.get(1))).variable("target", speakerId(quotes.get(0))).execute().errors().verify();

        String later = Writes.ingest(graphQlTester, SampleArticles.quoting("merge later", "Gro Eik", "Nils Alm"));

        List<Map<String, Object>> laterQuotes = Writes.quotesOf(graphQlTester, later);
        assertThat(speakerId(laterQuotes.get(1))).isEqualTo(speakerId(quotes.get(0)));
    }

    @Test
    void mergingAPersonIntoThemselvesIsABadRequest() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("self merge", "Pia Lund", "Odd Bø"));
        String mayor = speakerId(Writes.quotesOf(graphQlTester, article).get(0));

        Writes.withKey(graphQlTester).document(MERGE).variable("source", mayor).variable("target", mayor).execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "sourceId and targetId are the same person"));
    }

    @Test
    void mergingAnUnknownPersonIsNotFound() {
        Writes.withKey(graphQlTester).document(MERGE).variable("source", "987654321").variable("target", "987654322").execute()
                .errors().satisfy(Errors.single(ErrorType.NOT_FOUND, "There is no person with id 987654321"));
    }

    @Test
    void anAddedAliasIsListedOnceAndFindsThePerson() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("alias", "Stein Rye", "Arne Bjerke"));
        String mayor = speakerId(Writes.quotesOf(graphQlTester, article).get(0));

        addAlias(mayor, "The Harbour Boss").errors().verify();
        addAlias(mayor, "the harbour boss ").path("addAlias.aliases").entityList(String.class)
                .containsExactly("Stein Rye", "The Harbour Boss");
        graphQlTester.document("{ people(search: \"harbour boss\") { nodes { id } } }").execute()
                .path("people.nodes[*].id").entityList(String.class).containsExactly(mayor);
    }

    @Test
    void anEmptyAliasIsABadRequest() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("empty alias", "Tone Haug", "Leif Dal"));

        addAlias(speakerId(Writes.quotesOf(graphQlTester, article).get(0)), " ").errors()
                .satisfy(Errors.single(ErrorType.BAD_REQUEST, "alias must not be empty"));
    }

    private GraphQlTester.Response addAlias(String personId, String alias) {
        return Writes.withKey(graphQlTester).document("""
                        mutation ($id: ID!, $alias: String!) { addAlias(personId: $id, alias: $alias) { aliases } }""")
                .variable("id", personId).variable("alias", alias).execute();
    }

    @SuppressWarnings("unchecked")
    private static String speakerId(Map<String, Object> quote) {
        return (String) ((Map<String, Object>) quote.get("speaker")).get("id");
    }
}
