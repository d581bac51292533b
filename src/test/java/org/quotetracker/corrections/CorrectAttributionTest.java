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

@WriteApiTest
class CorrectAttributionTest {

    private static final String CORRECT = """
            mutation ($quoteId: ID!, $speakerId: ID, $speakerName: String, $role: String) {
              correctAttribution(quoteId: $quoteId, speakerId: $speakerId, speakerName: $speakerName, role: $role) {
                id role speaker { id name }
                correction { correctedBy correctedAt machineSpeaker machineRole }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Test
    void aCorrectionGivesTheQuoteToTheNamedSpeakerAndRecordsWhoAndWhatTheExtractorSaid() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("corrected", "Ada Berg", "Per Lund"));
        String quoteId = firstQuoteOf(article);

        GraphQlTester.Response response = correct(Map.of("quoteId", quoteId, "speakerName", "Eva Strand", "role", "Deputy mayor"));

        response.path("correctAttribution.speaker.name").entity(String.class).isEqualTo("Eva Strand");
        response.path("correctAttribution.role").entity(String.class).isEqualTo("Deputy mayor");
        response.path("correctAttribution.correction.machineSpeaker").entity(String.class).isEqualTo("Ada Berg");
        response.path("correctAttribution.correction.machineRole").entity(String.class).isEqualTo("Mayor");
        response.path("correctAttribution.correction.correctedBy").entity(String.class)
                .satisfies(by -> assertThat(by).matches("key:[0-9a-f]{12}").doesNotContain(WriteApiTest.KEY));
        response.path("correctAttribution.correction.correctedAt").entity(String.class)
                .satisfies(at -> assertThat(at).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    }

    @Test
    void aCorrectedQuoteCountsForItsNewSpeakerAndIsAnAppearanceOfTheirStatement() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("recounted", "Ola Vik", "Kari Nes"));
        String quoteId = firstQuoteOf(article);

        GraphQlTester.Response response = Writes.withKey(graphQlTester).document("""
                        mutation ($quoteId: ID!) {
                          correctAttribution(quoteId: $quoteId, speakerName: "Siri Dahl") {
                            speaker { quoteCount } appearances { quote { speaker { name } } }
                          }
                        }""")
                .variable("quoteId", quoteId).execute();

        response.path("correctAttribution.speaker.quoteCount").entity(Integer.class).isEqualTo(1);
        response.path("correctAttribution.appearances[*].quote.speaker.name").entityList(String.class).containsExactly("Siri Dahl");
    }

    @Test
    void aCorrectionSurvivesReextraction() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("re-extracted", "Ida Holm", "Jon Vik"));
        String quoteId = firstQuoteOf(article);
        correct(Map.of("quoteId", quoteId, "speakerName", "Siri Dahl", "role", "Harbour master")).errors().verify();

        Writes.withKey(graphQlTester).document("mutation ($id: ID!) { reextractArticle(id: $id) { id } }")
                .variable("id", article).execute().errors().verify();

        List<Map<String, Object>> quotes = Writes.quotesOf(graphQlTester, article);
        assertThat(quotes).hasSize(2);
        assertThat(speakerName(quotes.get(0))).isEqualTo("Siri Dahl");
        assertThat(quotes.get(0).get("role")).isEqualTo("Harbour master");
        assertThat(speakerName(quotes.get(1))).isEqualTo("Jon Vik");
    }

    @Test
    void theLatestOfSeveralCorrectionsCountsAndTheExtractorsWordIsKept() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("twice corrected", "Liv Moe", "Kai Aas"));
        String quoteId = firstQuoteOf(article);
        correct(Map.of("quoteId", quoteId, "speakerName", "Tor Rud")).errors().verify();

        GraphQlTester.Response second = correct(Map.of("quoteId", quoteId, "speakerName", "Mia Sand"));

        second.path("correctAttribution.speaker.name").entity(String.class).isEqualTo("Mia Sand");
        second.path("correctAttribution.correction.machineSpeaker").entity(String.class).isEqualTo("Liv Moe");
    }

    @Test
    void aCorrectedQuoteSaysSoInsteadOfExplainingTheOverruledRuleAndKeepsTheExtractorsMethodForAudit() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("explained", "Nils Berg", "Una Fosse"));
        String quoteId = firstQuoteOf(article);
        String before = """
                query ($id: ID!) { article(id: $id) { quotes { method methodExplanation confidence } } }""";
        Map<String, Object> machine = graphQlTester.document(before).variable("id", article).execute()
                .path("article.quotes[0]").entity(Map.class).get();

        GraphQlTester.Response response = Writes.withKey(graphQlTester).document("""
                        mutation ($quoteId: ID!) {
                          correctAttribution(quoteId: $quoteId, speakerName: "Eli Rust") {
                            method methodExplanation confidence correction { machineMethod machineConfidence }
                          }
                        }""")
                .variable("quoteId", quoteId).execute();

        response.path("correctAttribution.method").entity(String.class).isEqualTo("CORRECTED");
        response.path("correctAttribution.methodExplanation").entity(String.class)
                .isEqualTo("corrected by a person, whose word replaces the extractor’s");
        response.path("correctAttribution.confidence").entity(Double.class).isEqualTo(1.0);
        response.path("correctAttribution.correction.machineMethod").entity(String.class).isEqualTo((String) machine.get("method"));
        response.path("correctAttribution.correction.machineConfidence").entity(Double.class)
                .isEqualTo(((Number) machine.get("confidence")).doubleValue());
        assertThat(machine.get("method")).isNotEqualTo("CORRECTED");
        assertThat(machine.get("methodExplanation")).isNotNull();
    }

    @Test
    void aCorrectionStillSaysCorrectedAfterReextraction() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("re-read", "Hege Lind", "Odd Sund"));
        String quoteId = firstQuoteOf(article);
        correct(Map.of("quoteId", quoteId, "speakerName", "Tone Aas")).errors().verify();

        Writes.withKey(graphQlTester).document("mutation ($id: ID!) { reextractArticle(id: $id) { id } }")
                .variable("id", article).execute().errors().verify();

        GraphQlTester.Response response = graphQlTester.document("""
                        query ($id: ID!) { article(id: $id) { quotes { method confidence } } }""")
                .variable("id", article).execute();
        response.path("article.quotes[0].method").entity(String.class).isEqualTo("CORRECTED");
        response.path("article.quotes[0].confidence").entity(Double.class).isEqualTo(1.0);
        response.path("article.quotes[1].method").entity(String.class).isNotEqualTo("CORRECTED");
    }

    @Test
    void aQuoteNobodyCorrectedHasNoCorrection() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("never corrected", "Siv Lie", "Rolf Dale"));
        String corrected = firstQuoteOf(article);
        correct(Map.of("quoteId", corrected, "speakerName", "Gro Hauge")).errors().verify();

        GraphQlTester.Response response = graphQlTester.document("""
                        query ($id: ID!) { article(id: $id) { quotes { id correction { machineSpeaker } } } }""")
                .variable("id", article).execute();

        response.errors().verify();
        response.path("article.quotes[0].correction.machineSpeaker").entity(String.class).isEqualTo("Siv Lie");
        response.path("article.quotes[1].correction").valueIsNull();
    }

    @Test
    void anEmptyRoleRemovesTheRoleAndLeavesTheSpeaker() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("role removed", "Ole Bakke", "Are Foss"));

        GraphQlTester.Response response = correct(Map.of("quoteId", firstQuoteOf(article), "role", ""));

        response.path("correctAttribution.role").valueIsNull();
        response.path("correctAttribution.speaker.name").entity(String.class).isEqualTo("Ole Bakke");
    }

    @Test
    void aSpeakerGivenByIdMustExist() {
        String article = Writes.ingest(graphQlTester, SampleArticles.quoting("unknown speaker", "Eli Nes", "Ove Ask"));

        correct(Map.of("quoteId", firstQuoteOf(article), "speakerId", "987654321")).errors()
                .satisfy(Errors.single(ErrorType.NOT_FOUND, "There is no person with id 987654321"));
    }

    @Test
    void anUnknownQuoteIsNotFound() {
        correct(Map.of("quoteId", "987654321", "role", "Mayor")).errors()
                .satisfy(Errors.single(ErrorType.NOT_FOUND, "There is no quote with id 987654321"));
    }

    @Test
    void bothASpeakerIdAndANameIsABadRequest() {
        correct(Map.of("quoteId", "987654321", "speakerId", "1", "speakerName", "Someone")).errors()
                .satisfy(Errors.single(ErrorType.BAD_REQUEST, "Give either speakerId or speakerName, not both"));
    }

    @Test
    void nothingToCorrectIsABadRequest() {
        correct(Map.of("quoteId", "1")).errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "Nothing to correct"));
    }

    private GraphQlTester.Response correct(Map<String, Object> variables) {
        GraphQlTester.Request<?> request = Writes.withKey(graphQlTester).document(CORRECT);
        variables.forEach(request::variable);
        return request.execute();
    }

    private String firstQuoteOf(String articleId) {
        return (String) Writes.quotesOf(graphQlTester, articleId).get(0).get("id");
    }

    @SuppressWarnings("unchecked")
    private static String speakerName(Map<String, Object> quote) {
        return (String) ((Map<String, Object>) quote.get("speaker")).get("name");
    }
}
