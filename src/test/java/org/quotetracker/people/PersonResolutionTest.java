package org.quotetracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.quotetracker.extraction.ArticleMetadata;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.extraction.DatePrecision;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.Extraction;
import org.quotetracker.extraction.Speaker;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.ingest.ArticleIngester;
import org.quotetracker.ingest.IngestResult;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteRepository;
import org.quotetracker.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which person a speaker name from a new article becomes, next to the gold articles' people. Each test's articles are
 * rolled back afterwards.
 */
@ApiTest
@Transactional
class PersonResolutionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2030, 1, 15);

    @Autowired
    ArticleIngester ingester;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    PersonRepository people;

    @Autowired
    AliasRepository aliases;

    @Autowired
    RoleRepository roles;

    @Test
    void oneWordNameResolvesToTheOnlyPersonWithThatSurname() {
        Person speaker = speakersOf(store(said("Peskov", SpeakerKind.PERSON))).get(0);

        assertThat(speaker.getName()).isEqualTo("Dmitry Peskov");
        assertThat(aliasesOf(speaker)).containsExactlyInAnyOrder("Dmitry Peskov", "Peskov");
    }

    @Test
    void oneWordNameSharedByTwoPeopleStaysAPersonOfItsOwn() {
        List<Person> named = speakersOf(store(said("Anna Kowalski", SpeakerKind.PERSON), said("Jan Kowalski", SpeakerKind.PERSON)));

        Person speaker = speakersOf(store(said("Kowalski", SpeakerKind.PERSON))).get(0);

        assertThat(speaker.getName()).isEqualTo("Kowalski");
        assertThat(speaker.getId()).isNotIn(named.stream().map(Person::getId).toList());
    }

    @Test
    void oneWordNameSharedByTwoPeopleIsFlaggedAmbiguous() {
        store(said("Anna Kowalski", SpeakerKind.PERSON), said("Jan Kowalski", SpeakerKind.PERSON));

        Person speaker = speakersOf(store(said("Kowalski", SpeakerKind.PERSON))).get(0);

        assertThat(speaker.isAmbiguous()).isTrue();
    }

    @Test
    void ambiguousSurnameMentionedAgainJoinsTheFlaggedPersonNotEitherNamedOne() {
        store(said("Anna Kowalski", SpeakerKind.PERSON), said("Jan Kowalski", SpeakerKind.PERSON));
        Person first = speakersOf(store(said("Kowalski", SpeakerKind.PERSON))).get(0);

        Person again = speakersOf(store(said("Kowalski", SpeakerKind.PERSON))).get(0);

        assertThat(again.getId()).isEqualTo(first.getId());
    }

    @Test
    void surnameOfOnePersonStaysTheirsUntilASecondPersonSharesIt() {
        Person anna = speakersOf(store(said("Anna Nowicka", SpeakerKind.PERSON))).get(0);
        assertThat(speakersOf(store(said("Nowicka", SpeakerKind.PERSON))).get(0).getId()).isEqualTo(anna.getId());

        store(said("Ewa Nowicka", SpeakerKind.PERSON));

        assertThat(speakersOf(store(said("Nowicka", SpeakerKind.PERSON))).get(0).isAmbiguous()).isTrue();
    }

    @Test
    void titledNameJoinsThePersonKnownByItsLastWords() {
        Person speaker = speakersOf(store(said("Kremlin spokesman Dmitry Peskov", SpeakerKind.PERSON))).get(0);

        assertThat(speaker.getName()).isEqualTo("Dmitry Peskov");
        assertThat(aliasesOf(speaker)).contains("Kremlin spokesman Dmitry Peskov");
    }

    @Test
    void fullNameJoinsThePersonSoFarKnownOnlyBySurnameAndNamesThem() {
        Person surnameOnly = speakersOf(store(said("Lindqvist", SpeakerKind.PERSON))).get(0);

        Person full = speakersOf(store(said("Maria Lindqvist", SpeakerKind.PERSON))).get(0);

        assertThat(full.getId()).isEqualTo(surnameOnly.getId());
        assertThat(full.getName()).isEqualTo("Maria Lindqvist");
        assertThat(aliasesOf(full)).containsExactlyInAnyOrder("Lindqvist", "Maria Lindqvist");
    }

    @Test
    void transliterationOfANameJoinsThePerson() {
        Person speaker = speakersOf(store(said("Volodymyr Zelenskyy", SpeakerKind.PERSON))).get(0);

        assertThat(speaker.getName()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void organisationWithTheJoinsItsNameWithout() {
        Person speaker = speakersOf(store(said("the Pentagon", SpeakerKind.ORGANIZATION))).get(0);

        assertThat(speaker.getName()).isEqualTo("Pentagon");
    }

    @Test
    void oneWordOrganisationIsNotTakenForASurname() {
        Person speaker = speakersOf(store(said("Hegseth", SpeakerKind.ORGANIZATION))).get(0);

        assertThat(speaker.getName()).isEqualTo("Hegseth");
        assertThat(speaker.getKind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void fullNameIsMatchedIgnoringCaseAndSpacing() {
        Person speaker = speakersOf(store(said("  DMITRY   peskov ", SpeakerKind.PERSON))).get(0);

        assertThat(speaker.getName()).isEqualTo("Dmitry Peskov");
        assertThat(aliasesOf(speaker)).containsExactly("Dmitry Peskov");
    }

    @Test
    void organisationIsMatchedByName() {
        Person speaker = speakersOf(store(said("pentagon", SpeakerKind.ORGANIZATION))).get(0);

        assertThat(speaker.getName()).isEqualTo("Pentagon");
    }

    @Test
    void anonymousSourcesAreNeverMergedAcrossArticles() {
        Person first = speakersOf(store(said("a US official", SpeakerKind.ANONYMOUS))).get(0);
        Person second = speakersOf(store(said("a US official", SpeakerKind.ANONYMOUS))).get(0);

        assertThat(first.getId()).isNotEqualTo(second.getId());
        assertThat(people.findNamedByAlias(NameKey.of("a US official"), Limit.unlimited())).isEmpty();
    }

    @Test
    void anonymousNameRepeatedInOneArticleIsOnePerson() {
        List<Person> speakers = speakersOf(store(said("a diplomat", SpeakerKind.ANONYMOUS), said("A diplomat", SpeakerKind.ANONYMOUS)));

        assertThat(speakers.get(0).getId()).isEqualTo(speakers.get(1).getId());
    }

    @Test
    void quotesWithoutASpeakerAreLeftOutAndCounted() {
        IngestResult result = store(said("Dmitry Peskov", SpeakerKind.PERSON), said(null, null));

        assertThat(result.quotesStored()).isEqualTo(1);
        assertThat(result.quotesWithoutSpeaker()).isEqualTo(1);
    }

    @Test
    void theSamePageIsStoredOnce() {
        Extraction page = page(said("Dmitry Peskov", SpeakerKind.PERSON));

        IngestResult first = ingester.store(page);
        IngestResult again = ingester.store(page);

        assertThat(first.wasAlreadyStored()).isFalse();
        assertThat(again.wasAlreadyStored()).isTrue();
    }

    @Test
    void undatedRoleTakesTheArticlesPublicationDay() {
        Person speaker = speakersOf(store(said("Dmitry Peskov", SpeakerKind.PERSON))).get(0);

        Role role = roles.findFirstByPersonAndTitleKey(speaker, "special envoy").orElseThrow();

        assertThat(role.getFirstSeen()).isEqualTo(PUBLISHED);
        assertThat(role.getLastSeen()).isEqualTo(PUBLISHED);
    }

    private IngestResult store(Said... saidQuotes) {
        return ingester.store(page(saidQuotes));
    }

    /** A new page (its own text, so its own hash) quoting each speaker in turn, all as "special envoy", undated. */
    private static Extraction page(Said... saidQuotes) {
        ArticleMetadata metadata = new ArticleMetadata("Test Outlet", null, "Test article", null, List.of(), null, null, PUBLISHED);
        List<ExtractedQuote> extracted = IntStream.range(0, saidQuotes.length).mapToObj(i -> new ExtractedQuote(
                "words", i * 10, i * 10 + 5, "\"words\"", false, "said", saidQuotes[i].speaker(), "special envoy", null,
                DatePrecision.UNKNOWN, AttributionMethod.EXPLICIT_AFTER, 0.9)).toList();
        return new Extraction(metadata, "page " + UUID.randomUUID(), extracted, List.of());
    }

    private record Said(Speaker speaker) {
    }

    private static Said said(String name, SpeakerKind kind) {
        return new Said(name == null ? null : new Speaker(name, kind));
    }

    private List<Person> speakersOf(IngestResult result) {
        return quotes.findByArticleIdInOrderByStartOffset(List.of(result.articleId())).stream().map(Quote::getSpeaker).toList();
    }

    private List<String> aliasesOf(Person person) {
        return aliases.findByPersonIdInOrderByName(List.of(person.getId())).stream().map(Alias::getName).toList();
    }
}
