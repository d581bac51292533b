package org.quotetracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotetracker.ingest.ArticleIngester;
import org.quotetracker.ingest.IngestResult;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteRepository;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.TestArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;

/** How the titles articles give a person fold into roles over time. Each test's articles are rolled back. */
@ApiTest
@Transactional
class RoleHistoryTest {

    private static final LocalDate MARCH = LocalDate.of(2031, 3, 10);
    private static final LocalDate JUNE = LocalDate.of(2031, 6, 20);
    private static final LocalDate SEPTEMBER = LocalDate.of(2031, 9, 5);

    @Autowired
    ArticleIngester ingester;

    @Autowired
    PersonRepository people;

    @Autowired
    RoleRepository roles;

    @Autowired
    RoleSightingRepository sightings;

    @Autowired
    QuoteRepository quotes;

    @Test
    void titlesDifferingOnlyInDotsAndCaseFoldIntoOneRoleSpanningTheirDays() {
        ingester.store(TestArticle.publishedOn(JUNE).quote("Greta Holm", "U.S. Envoy", "We talk.").build());
        ingester.store(TestArticle.publishedOn(MARCH).quote("Greta Holm", "US envoy", "We listen.").build());
        ingester.store(TestArticle.publishedOn(SEPTEMBER).mention("Greta Holm", "us envoy").build());

        assertThat(rolesOf("Greta Holm")).singleElement().satisfies(role -> {
            assertThat(role.getTitle()).isEqualTo("U.S. Envoy");
            assertThat(role.getFirstSeen()).isEqualTo(MARCH);
            assertThat(role.getLastSeen()).isEqualTo(SEPTEMBER);
        });
    }

    @Test
    void titleInASentenceWithoutAQuoteIsRecordedWithItsArticle() {
        IngestResult article = ingester.store(TestArticle.publishedOn(MARCH).mention("Greta Holm", "former minister").build());

        Role role = rolesOf("Greta Holm").get(0);

        assertThat(role.getTitle()).isEqualTo("former minister");
        assertThat(role.getPerson().getQuoteCount()).isZero();
        assertThat(sightings.findByRoleIds(List.of(role.getId())))
                .extracting(sighting -> sighting.getArticle().getId()).containsExactly(article.articleId());
    }

    @Test
    void titleGivenTwiceInOneArticleIsOneSighting() {
        ingester.store(TestArticle.publishedOn(MARCH).quote("Greta Holm", "envoy", "One.").quote("Greta Holm", "envoy", "Two.").build());

        assertThat(sightings.findByRoleIds(List.of(rolesOf("Greta Holm").get(0).getId()))).hasSize(1);
    }

    @Test
    void quoteKeepsTheRoleOfItsDayWhenLaterTitlesDiffer() {
        IngestResult early = ingester.store(TestArticle.publishedOn(MARCH).quote("Greta Holm", "envoy", "Early words.").build());
        ingester.store(TestArticle.publishedOn(SEPTEMBER).quote("Greta Holm", "foreign minister", "Later words.").build());

        List<Quote> earlyQuotes = quotes.findByArticleIdInOrderByStartOffset(List.of(early.articleId()));

        assertThat(earlyQuotes).extracting(Quote::getRoleTitle).containsExactly("envoy");
        assertThat(rolesOf("Greta Holm")).extracting(Role::getTitle).containsExactlyInAnyOrder("envoy", "foreign minister");
    }

    private List<Role> rolesOf(String name) {
        Person person = people.findNamedByAlias(NameKey.of(name), Limit.of(1)).get(0);
        return roles.findByPersonIdIn(List.of(person.getId()));
    }
}
