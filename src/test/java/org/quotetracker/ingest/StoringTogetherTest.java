package org.quotetracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.quotetracker.extraction.Extraction;
import org.quotetracker.people.Person;
import org.quotetracker.people.Role;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteRepository;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.TestArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles stored together in one transaction, as bulk ingestion stores them, end up as they would one at a time:
 * each article sees what the articles before it in the group wrote. Each test's articles are rolled back.
 */
@ApiTest
@Transactional
class StoringTogetherTest {

    private static final LocalDate MARCH = LocalDate.of(2033, 3, 10);
    private static final LocalDate JUNE = LocalDate.of(2033, 6, 20);
    private static final LocalDate SEPTEMBER = LocalDate.of(2033, 9, 5);

    @Autowired
    ArticleIngester ingester;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    EntityManager entityManager;

    @Test
    void aSurnameLeadsToItsOnlyBearerUntilALaterArticleOfTheGroupGivesItToASecondPerson() {
        List<IngestResult> stored = storeTogether(
                TestArticle.publishedOn(JUNE).quote("Halina Zawisza", null, "One."),
                TestArticle.publishedOn(JUNE).quote("Zawisza", null, "Two."),
                TestArticle.publishedOn(JUNE).quote("Irena Zawisza", null, "Three."),
                TestArticle.publishedOn(JUNE).quote("Zawisza", null, "Four."));

        Person halina = speakerOf(stored.get(0));
        assertThat(speakerOf(stored.get(1)).getId()).isEqualTo(halina.getId());
        Person afterIrena = speakerOf(stored.get(3));
        assertThat(afterIrena.getId()).isNotIn(halina.getId(), speakerOf(stored.get(2)).getId());
        assertThat(afterIrena.isAmbiguous()).isTrue();
    }

    @Test
    void aFullNameInTheGroupNamesThePersonSoFarKnownBySurnameForTheArticlesAfterIt() {
        List<IngestResult> stored = storeTogether(
                TestArticle.publishedOn(JUNE).quote("Lindgren", null, "One."),
                TestArticle.publishedOn(JUNE).quote("Sofia Lindgren", null, "Two."),
                TestArticle.publishedOn(JUNE).quote("Lindgren", null, "Three."));

        assertThat(stored).extracting(article -> speakerOf(article).getId()).containsOnly(speakerOf(stored.get(0)).getId());
        assertThat(speakerOf(stored.get(2)).getName()).isEqualTo("Sofia Lindgren");
    }

    @Test
    void theSameWordsInTwoArticlesOfTheGroupAreOneStatementFirstReportedByTheEarlier() {
        List<IngestResult> stored = storeTogether(
                TestArticle.publishedOn(SEPTEMBER).quote("Olaf Strand", null, "We will not back down."),
                TestArticle.publishedOn(MARCH).quote("Olaf Strand", null, "We will not back down!"));

        Quote later = firstQuoteOf(stored.get(0));
        Quote earlier = firstQuoteOf(stored.get(1));
        assertThat(later.getStatement().getId()).isEqualTo(earlier.getStatement().getId());
        assertThat(later.getStatement().getFirstReportedOn()).isEqualTo(MARCH);
    }

    @Test
    void aTitleTheGroupGivesIsOneRoleSpanningItsArticlesDaysWithASightingForEach() {
        List<IngestResult> stored = storeTogether(
                TestArticle.publishedOn(JUNE).quote("Greta Lund", "U.S. Envoy", "We talk."),
                TestArticle.publishedOn(MARCH).quote("Greta Lund", "US envoy", "We listen.").quote("Greta Lund", "US envoy", "We wait."),
                TestArticle.publishedOn(SEPTEMBER).mention("Greta Lund", "us envoy"));

        List<Role> roles = entityManager.createQuery("select r from Role r where r.person = :person", Role.class)
                .setParameter("person", speakerOf(stored.get(0))).getResultList();
        assertThat(roles).singleElement().satisfies(role -> {
            assertThat(role.getTitle()).isEqualTo("U.S. Envoy");
            assertThat(role.getFirstSeen()).isEqualTo(MARCH);
            assertThat(role.getLastSeen()).isEqualTo(SEPTEMBER);
        });
        assertThat(entityManager.createQuery("select s.article.id from RoleSighting s where s.role = :role", Long.class)
                .setParameter("role", roles.get(0)).getResultList())
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(IngestResult::articleId).toList());
    }

    @Test
    void theSameTextTwiceInTheGroupIsStoredOnce() {
        Extraction page = TestArticle.publishedOn(JUNE).quote("Olaf Strand", null, "Once.").build();

        List<IngestResult> stored = ingester.storeAll(List.of(prepared(page), prepared(page)));

        assertThat(stored.get(0).wasAlreadyStored()).isFalse();
        assertThat(stored.get(1).wasAlreadyStored()).isTrue();
        assertThat(stored.get(1).articleId()).isEqualTo(stored.get(0).articleId());
    }

    @Test
    void theGroupsQuotesAreCountedForTheirSpeakers() {
        List<IngestResult> stored = storeTogether(
                TestArticle.publishedOn(JUNE).quote("Nils Berglund", null, "One.").quote("Nils Berglund", null, "Two."),
                TestArticle.publishedOn(JUNE).quote("Nils Berglund", null, "Three."));

        assertThat(speakerOf(stored.get(1)).getQuoteCount()).isEqualTo(3);
    }

    private List<IngestResult> storeTogether(TestArticle... articles) {
        return ingester.storeAll(Arrays.stream(articles).map(TestArticle::build).map(StoringTogetherTest::prepared).toList());
    }

    private static PreparedArticle prepared(Extraction extraction) {
        return new PreparedArticle(ArticleSubmission.of(extraction.text()), ContentHash.of(extraction.text()), null, extraction);
    }

    private Quote firstQuoteOf(IngestResult result) {
        return quotes.findByArticleIdInOrderByStartOffset(List.of(result.articleId())).get(0);
    }

    private Person speakerOf(IngestResult result) {
        return firstQuoteOf(result).getSpeaker();
    }
}
