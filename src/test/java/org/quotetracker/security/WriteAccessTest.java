package org.quotetracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotetracker.support.Errors;
import org.quotetracker.support.SampleArticles;
import org.quotetracker.support.WriteApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@WriteApiTest
class WriteAccessTest {

    private static final String INGEST = """
            mutation ($text: String!) { ingestArticle(input: { text: $text }) { created article { id } } }""";

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Test
    void ingestArticleWithoutAKeyIsUnauthorizedAndStoresNothing() {
        graphQlTester.document(INGEST).variable("text", SampleArticles.about("keyless")).execute()
                .errors().satisfy(Errors.single(ErrorType.UNAUTHORIZED, "Changing data needs an API key: send it in the X-API-Key header"));

        assertThat(articlesAbout("keyless")).isZero();
    }

    @Test
    void ingestArticleWithAnUnknownKeyIsUnauthorizedAndSaysTheKeyIsWrong() {
        withKey("not-a-configured-key").document(INGEST).variable("text", SampleArticles.about("wrong-key")).execute()
                .errors().satisfy(Errors.single(ErrorType.UNAUTHORIZED, "The X-API-Key header does not hold a key this server accepts"));

        assertThat(articlesAbout("wrong-key")).isZero();
    }

    @Test
    void aKeyDifferingFromAConfiguredOneOnlyInItsLastCharacterIsRefused() {
        String almost = WriteApiTest.KEY.substring(0, WriteApiTest.KEY.length() - 1) + "X";

        withKey(almost).document(INGEST).variable("text", SampleArticles.about("almost")).execute()
                .errors().satisfy(Errors.single(ErrorType.UNAUTHORIZED));
    }

    @Test
    void everyConfiguredKeyMayWrite() {
        withKey(WriteApiTest.OTHER_KEY).document(INGEST).variable("text", SampleArticles.about("second key")).execute()
                .path("ingestArticle.created").entity(Boolean.class).isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mutation { correctAttribution(quoteId: \"1\", role: \"x\") { id } }",
            "mutation { mergePeople(sourceId: \"1\", targetId: \"2\") { id } }",
            "mutation { addAlias(personId: \"1\", alias: \"x\") { id } }",
            "mutation { reextractArticle(id: \"1\") { id } }",
            "mutation { deleteArticle(id: \"1\") }"})
    void everyMutationNeedsAKey(String mutation) {
        graphQlTester.document(mutation).execute().errors().satisfy(Errors.single(ErrorType.UNAUTHORIZED));
    }

    @Test
    void readsNeedNoKey() {
        graphQlTester.document("{ articles { totalCount } }").execute().errors().verify();
    }

    @Test
    void aWrongKeyDoesNotStopAReadQuery() {
        withKey("not-a-configured-key").document("{ articles { totalCount } }").execute().errors().verify();
    }

    private HttpGraphQlTester withKey(String key) {
        return graphQlTester.mutate().header("X-API-Key", key).build();
    }

    private int articlesAbout(String subject) {
        return graphQlTester.document("{ articles(first: 100) { nodes { headline } } }").execute()
                .path("articles.nodes[*].headline").entityList(String.class).get().stream()
                .filter(headline -> headline.contains(subject)).toList().size();
    }
}
